package org.convener.letters.web;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import java.util.Set;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.demo.Demo;
import org.convener.engagements.Engagements;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.springframework.context.ApplicationContext;

/** Letters: officers run their caucus's; members of no caucus see only published ones. */
public class LetterRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Groups groups = beans.getBean(Groups.class);
        Letters letters = beans.getBean(Letters.class);
        Signatures signatures = beans.getBean(Signatures.class);
        Engagements engagements = beans.getBean(Engagements.class);
        Group redWall = groups.find(Demo.RED_WALL).orElseThrow();
        var meeting = engagements.of(Set.of(redWall.id())).stream()
                .filter(e -> e.title().equals("Meeting with the Leader of the House"))
                .findFirst()
                .orElseThrow();
        long someone = beans.getBean(org.convener.engagements.FollowUps.class).of(meeting.id()).stream()
                .filter(f -> f.done())
                .findFirst()
                .orElseThrow()
                .ownerId();
        var published = letters.all().stream()
                .filter(l -> l.status() == LetterStatus.PUBLISHED)
                .findFirst()
                .orElseThrow();
        var open = letters.all().stream()
                .filter(l -> l.status() == LetterStatus.OPEN && l.illustrative())
                .findFirst()
                .orElseThrow();
        long signature = signatures.liveSignatures(published.id()).get(0).id();
        String p = "/letters/" + published.id();
        String o = "/letters/" + open.id();

        table.reading("/letters", "/letters", LOGIN, 200, 200, 200, 200);
        table.reading("/letters/{id}", p, LOGIN, 200, 200, 200, 200);
        table.reading("/letters/{id}", o, LOGIN, 403, 403, 200, 200);
        table.reading("/letters/{id}/letter.pdf", o + "/letter.pdf", LOGIN, 403, 403, 200, 200);
        table.reading("/letters/{id}/signatories.csv", o + "/signatories.csv", LOGIN, 403, 403, 200, 200);
        table.writing(
                "/letters",
                "/letters",
                Map.of("caucusId", String.valueOf(redWall.id()), "title", "", "body", ""),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing(
                "/letters/{id}/versions", o + "/versions", Map.of("title", "", "body", ""), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/letters/{id}/invitations",
                o + "/invitations",
                Map.of("caucusId", String.valueOf(redWall.id())),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing("/letters/{id}/open", o + "/open", Map.of(), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/letters/{id}/signatures",
                o + "/signatures",
                Map.of("personId", String.valueOf(someone), "confirmation", ""),
                LOGIN,
                403,
                403,
                302,
                302);
        // anyone with a person record may try to sign a letter they can see; the published one refuses them all
        table.writing("/letters/{id}/sign", p + "/sign", Map.of(), LOGIN, 302, 302, 302, 403);
        table.writing(
                "/letters/{id}/signatures/{signatureId}/withdraw",
                p + "/signatures/" + signature + "/withdraw",
                Map.of(),
                LOGIN,
                403,
                403,
                302,
                302);
        table.writing("/letters/{id}/lock", p + "/lock", Map.of(), LOGIN, 403, 403, 302, 302);
        table.writing("/letters/{id}/publish", p + "/publish", Map.of(), LOGIN, 403, 403, 302, 302);
        table.writing(
                "/letters/{id}/asks",
                p + "/asks",
                Map.of("askId", String.valueOf(published.askIds().get(0))),
                LOGIN,
                403,
                403,
                302,
                302);
        table.reading("/open-letters", "/open-letters", 200, 200, 200, 200, 200);
        table.reading("/open-letters/{id}", "/open-letters/" + published.id(), 200, 200, 200, 200, 200);
        table.reading("/open-letters/{id}", "/open-letters/" + open.id(), 404, 404, 404, 404, 404);
        table.reading(
                "/open-letters/{id}/letter.pdf",
                "/open-letters/" + published.id() + "/letter.pdf",
                200,
                200,
                200,
                200,
                200);
        table.reading(
                "/open-letters/{id}/signatories.csv",
                "/open-letters/" + published.id() + "/signatories.csv",
                200,
                200,
                200,
                200,
                200);
    }
}
