package org.convener.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.Origin;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A stakeholder's contact details are for the officers of the caucuses that keep them: the caucus
 * whose officer added them, or one they were passed to by someone who could see them. Officers of
 * any other caucus see who they are and the posts they hold, and cannot get more by listing them
 * at an engagement.
 */
@ConvenerTest
class StakeholderAccessTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    /** A new caucus with a convener who is signed in. */
    private record Caucus(Group group, MockHttpSession officer) {}

    private Caucus caucus() throws Exception {
        int n = SERIAL.incrementAndGet();
        String email = "stakeholder-officer-" + n + "@example.net";
        Group group = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.CAUCUS,
                        "Stakeholder caucus " + n,
                        "stakeholder-caucus-" + n,
                        null,
                        false,
                        List.of()));
        Person convener = AuditActor.as("test", () -> {
            Person p = people.create(
                    new PersonDraft("Stakeholder Officer " + n, PersonKind.MP, null, email, null, null, null, Set.of()),
                    970000 + n);
            groups.join(group.id(), p.id(), Role.CONVENER, LocalDate.of(2025, 1, 6));
            return p;
        });
        var made = AuditActor.as("test", () -> accounts.create(email, convener.id(), false));
        AuditActor.as(
                "test", () -> accounts.changePassword(made.account().id(), made.oneTimePassword(), DemoData.PASSWORD));
        return new Caucus(group, DemoData.signIn(mvc, email));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    private int status(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void onlyTheOfficersOfACaucusKeepingAStakeholderSeeTheirContactDetails() throws Exception {
        Caucus keeping = caucus();
        Caucus other = caucus();
        int n = SERIAL.incrementAndGet();
        String email = "stakeholder-" + n + "@example.net";
        mvc.perform(post("/stakeholders")
                .with(csrf())
                .session(keeping.officer())
                .param("fullName", "Kept Adviser " + n)
                .param("category", "ADVISER")
                .param("organisation", "Cabinet Office")
                .param("role", "Special adviser")
                .param("email", email)
                .param("phone", "020 7946 0999")
                .param("keptBy", String.valueOf(keeping.group().id())));
        Person adviser = people.findByEmail(email).orElseThrow();
        assertThat(stakeholders.keepersOf(adviser.id())).singleElement().satisfies(k -> {
            assertThat(k.caucusId()).isEqualTo(keeping.group().id());
            assertThat(k.origin()).isEqualTo(Origin.SIGHTED);
        });
        String s = "/stakeholders/" + adviser.id();
        assertThat(page(s, keeping.officer())).contains(email, "020 7946 0999");

        // another caucus's officer sees who they are and their posts, not how to reach them
        assertThat(page(s, other.officer()))
                .contains(
                        "Kept Adviser " + n,
                        "Special adviser",
                        "Kept by " + keeping.group().name())
                .doesNotContain(email, "020 7946 0999");
        assertThat(status("/people/" + adviser.id(), other.officer())).isEqualTo(403);
        assertThat(status("/people/" + adviser.id() + "/edit", other.officer())).isEqualTo(403);
        assertThat(mvc.perform(post(s + "/keepers")
                                .with(csrf())
                                .session(other.officer())
                                .param("caucusId", String.valueOf(other.group().id())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // listing them at one of its own engagements gives it nothing more
        var logged = mvc.perform(post("/engagements")
                        .with(csrf())
                        .session(other.officer())
                        .param("caucusId", String.valueOf(other.group().id()))
                        .param("kind", "CALL")
                        .param("title", "Call with the adviser " + n)
                        .param("startsAt", "2026-02-03T10:00")
                        .param("attendees", String.valueOf(adviser.id())))
                .andReturn()
                .getResponse();
        assertThat(logged.getRedirectedUrl()).startsWith("/engagements/");
        assertThat(page(s, other.officer())).doesNotContain(email);
        assertThat(stakeholders.keepersOf(adviser.id())).hasSize(1);

        // an administrator may pass them on; then the other caucus's officers see them too
        var admin = DemoData.signIn(mvc, DemoData.ADMIN);
        mvc.perform(post(s + "/keepers")
                .with(csrf())
                .session(admin)
                .param("caucusId", String.valueOf(other.group().id())));
        assertThat(page(s, other.officer())).contains(email);
        assertThat(stakeholders.keepersOf(adviser.id()))
                .extracting(Stakeholders.Keeper::origin)
                .containsExactly(Origin.SIGHTED, Origin.ADMINISTRATOR);

        // and a member who runs nothing sees no more than anyone
        var member = DemoData.signIn(mvc, DemoData.MEMBER);
        assertThat(page(s, member)).contains("Kept Adviser " + n).doesNotContain(email);
    }

    @Test
    void inTheDemoTheRedWallConvenerSeesItsStakeholdersButNotAnotherCaucussJournalist() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        Person okoro = people.findByEmail("david.okoro@example.org").orElseThrow();
        Person whitaker = people.findByEmail("sam.whitaker@example.org").orElseThrow();
        assertThat(page("/stakeholders/" + okoro.id(), convener)).contains("david.okoro@example.org");
        assertThat(page("/stakeholders/" + whitaker.id(), convener))
                .contains("Sam Whitaker", "Blue Labour")
                .doesNotContain("sam.whitaker@example.org");
        assertThat(status("/people/" + whitaker.id(), convener)).isEqualTo(403);
        assertThat(groups.find(Demo.BLUE_LABOUR)
                        .map(g -> stakeholders.keepersOf(whitaker.id()).stream().allMatch(k -> k.caucusId() == g.id())))
                .hasValue(true);
    }
}
