package org.convener.groups.web;

import static org.convener.RouteTable.LOGIN;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convener.DemoData;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Invitations;
import org.convener.groups.OfficerPost;
import org.convener.groups.OfficerPosts;
import org.convener.groups.Volunteer;
import org.convener.groups.importing.MemberImports;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.context.ApplicationContext;

/** Groups: members see their own, organisers run theirs, officers theirs, administrators all. */
public class GroupRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        OfficerPosts officerPosts = beans.getBean(OfficerPosts.class);
        Invitations invitations = beans.getBean(Invitations.class);
        People people = beans.getBean(People.class);
        MemberImports memberImports = beans.getBean(MemberImports.class);
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Group doncaster = groups.find(Demo.DONCASTER).orElseThrow();
        OfficerPost chair = officerPosts.posts(derby.id()).stream()
                .filter(p -> p.title().equals("Chair"))
                .findFirst()
                .orElseThrow();
        Person tom = people.findByEmail("tom.brennan@example.org").orElseThrow();
        long tomsMembership = groups.currentMemberships(derby.id()).stream()
                .filter(m -> m.personId() == tom.id())
                .findFirst()
                .orElseThrow()
                .id();
        Volunteer doncasterOffer = officerPosts.vacancies().stream()
                .filter(v -> v.group().id() == doncaster.id())
                .flatMap(v -> v.volunteers().stream())
                .findFirst()
                .orElseThrow();
        long batch = memberImports.upload(
                derby, "members.csv", "full_name,email\n,not-an-email\n".getBytes(StandardCharsets.UTF_8));
        String d = "/groups/" + Demo.DERBY;
        // an invitation already answered, to the convener (the officer visitor): answering again is refused
        long convenerPerson = beans.getBean(Accounts.class)
                .find(DemoData.CONVENER)
                .orElseThrow()
                .personId();
        long answered = AuditActor.as("test", () -> {
            var invitation = invitations.invite(derby.id(), convenerPerson);
            invitations.close(invitation.id(), true);
            return invitation.id();
        });

        table.reading("/groups", "/groups", LOGIN, 200, 200, 200, 200);
        table.writing(
                "/groups",
                "/groups",
                Map.of("kind", "LOCAL_GROUP", "name", "Derby Red Labour (illustrative)", "slug", Demo.DERBY),
                LOGIN,
                403,
                403,
                403,
                302);
        table.reading("/groups/{slug}", d, LOGIN, 200, 200, 403, 200);
        table.reading("/groups/{slug}", "/groups/" + Demo.DONCASTER, LOGIN, 403, 403, 403, 200);
        table.reading("/groups/{slug}", "/groups/" + Demo.RED_WALL, LOGIN, 403, 403, 200, 200);
        table.reading("/groups/{slug}/posts/{postId}", d + "/posts/" + chair.id(), LOGIN, 200, 200, 403, 200);
        table.reading("/groups/{slug}/members.csv", d + "/members.csv", LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/import", d + "/import", LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/import/template.csv", d + "/import/template.csv", LOGIN, 403, 200, 403, 200);
        table.reading("/groups/{slug}/import/{batch}", d + "/import/" + batch, LOGIN, 403, 200, 403, 200);
        table.writing("/groups/{slug}/import/{batch}", d + "/import/" + batch, Map.of(), LOGIN, 403, 302, 403, 302);
        table.add("POST /groups/{slug}/import", "UPLOAD", d + "/import", Map.of(), LOGIN, 403, 302, 403, 302);
        table.writing(
                "/groups/{slug}/members",
                d + "/members",
                Map.of("personId", String.valueOf(tom.id()), "role", "MEMBER"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/members/{membershipId}/end",
                d + "/members/" + tomsMembership + "/end",
                Map.of("on", "not a date"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/members/{membershipId}/role",
                d + "/members/" + tomsMembership + "/role",
                Map.of("role", "MEMBER"),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing("/groups/{slug}/posts", d + "/posts", Map.of("title", ""), LOGIN, 403, 302, 403, 302);
        table.writing(
                "/groups/{slug}/posts/{postId}/appoint",
                d + "/posts/" + chair.id() + "/appoint",
                Map.of("personId", String.valueOf(chair.current().orElseThrow().personId())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/posts/{postId}/vacate",
                d + "/posts/" + chair.id() + "/vacate",
                Map.of("on", "not a date"),
                LOGIN,
                403,
                302,
                403,
                302);
        // an offer made to another group cannot be declined from this one
        table.writing(
                "/groups/{slug}/volunteers/{volunteerId}/decline",
                d + "/volunteers/" + doncasterOffer.id() + "/decline",
                Map.of(),
                LOGIN,
                403,
                404,
                403,
                404);

        // invitations: managers invite (here someone already a member), the invited person answers
        table.writing(
                "/groups/{slug}/invitations",
                d + "/invitations",
                Map.of("personId", String.valueOf(tom.id())),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/invitations/{invitationId}/withdraw",
                d + "/invitations/" + answered + "/withdraw",
                Map.of(),
                LOGIN,
                403,
                302,
                403,
                302);
        table.writing(
                "/groups/{slug}/invitations/{invitationId}/accept",
                d + "/invitations/" + answered + "/accept",
                Map.of(),
                LOGIN,
                403,
                403,
                302,
                403);
        table.writing(
                "/groups/{slug}/invitations/{invitationId}/decline",
                d + "/invitations/" + answered + "/decline",
                Map.of(),
                LOGIN,
                403,
                403,
                302,
                403);
        // leaving is for members, of their own membership (none of these visitors is in Doncaster's group)
        table.writing(
                "/groups/{slug}/leave", "/groups/" + Demo.DONCASTER + "/leave", Map.of(), LOGIN, 403, 403, 403, 403);

        // vacancies: anyone signed in with a person record may offer
        table.reading("/vacancies", "/vacancies", LOGIN, 200, 200, 200, 200);
        table.writing(
                "/vacancies/{postId}/volunteer",
                "/vacancies/" + chair.id() + "/volunteer",
                Map.of(),
                LOGIN,
                302,
                302,
                302,
                403);
        table.writing(
                "/vacancies/{postId}/withdraw",
                "/vacancies/" + chair.id() + "/withdraw",
                Map.of(),
                LOGIN,
                302,
                302,
                302,
                403);
    }
}
