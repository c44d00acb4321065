package org.convener.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.EngagementKind;
import org.convener.engagements.Engagements;
import org.convener.engagements.Stakeholders;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPosts;
import org.convener.letters.LetterStatus;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What ./convener demo leaves behind, and what each of its accounts sees. */
@ConvenerTest
class DemoTest {

    @Autowired
    Demo demo;

    @Autowired
    Groups groups;

    @Autowired
    OfficerPosts officerPosts;

    @Autowired
    Accounts accounts;

    @Autowired
    DatasetImports imports;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    MockMvc mvc;

    @Autowired
    Asks asks;

    @Autowired
    org.convener.people.People people;

    @Autowired
    Engagements engagements;

    @Autowired
    org.convener.engagements.FollowUps followUps;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    Letters letters;

    @Autowired
    Signatures signatures;

    @BeforeEach
    void loaded() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    @Test
    void threeCaucusesAndTwoLocalGroupsAllMarkedIllustrativeWithVacantPostsOnTheBoard() {
        var illustrative = groups.all().stream().filter(g -> g.illustrative()).toList();
        assertThat(illustrative)
                .extracting(g -> g.slug())
                .contains(Demo.RED_WALL, Demo.GROWTH, Demo.BLUE_LABOUR, Demo.DERBY, Demo.DONCASTER);
        assertThat(illustrative).allSatisfy(g -> assertThat(g.name()).endsWith("(illustrative)"));
        assertThat(illustrative.stream().filter(g -> g.kind() == GroupKind.CAUCUS))
                .hasSize(3);
        var boards =
                officerPosts.vacancies().stream().map(v -> v.group().slug()).toList();
        assertThat(boards).contains(Demo.DERBY, Demo.DONCASTER);
        // an MP may be in several caucuses
        var mp = accounts.find(DemoData.MEMBER_MP).orElseThrow().personId();
        assertThat(groups.membershipsOf(mp).stream()
                        .filter(m -> m.open())
                        .map(m -> groups.find(m.groupId()).orElseThrow().slug()))
                .contains(Demo.RED_WALL, Demo.GROWTH);
    }

    @Test
    void runningItAgainChangesNothingAndSaysSo() {
        int before = groups.all().size();
        var out = new StringWriter();
        int exit = cli.execute(new String[] {"demo"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("already loaded");
        assertThat(groups.all()).hasSize(before);
    }

    @Test
    void eachAccountSeesWhatItsRoleShould() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        String caucus = mvc.perform(get("/groups/" + Demo.RED_WALL).session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(caucus)
                .contains(
                        "Illustrative.", "Members' seats at risk", "Growth", "jo.white.mp@parliament.uk", "Add member");

        var mp = DemoData.signIn(mvc, DemoData.MEMBER_MP);
        String asMember = mvc.perform(get("/groups/" + Demo.RED_WALL).session(mp))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asMember)
                .contains("Members' seats at risk", "Jo White")
                .doesNotContain("jo.white.mp@parliament.uk", "Add member");
        String groupsList = mvc.perform(get("/groups").session(mp))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(groupsList)
                .contains("Red Wall Caucus (illustrative)", "Labour Growth Group (illustrative)")
                .doesNotContain("Derby Red Labour");

        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        String local = mvc.perform(get("/groups/" + Demo.DERBY).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(local).contains("tom.brennan@example.org", "Vacant", "Add post");
        assertThat(mvc.perform(get("/groups/" + Demo.RED_WALL).session(organiser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        var admin = DemoData.signIn(mvc, DemoData.ADMIN);
        String everything = mvc.perform(get("/groups").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(everything)
                .contains("Red Wall Caucus", "Blue Labour", "Derby Red Labour", "Doncaster Red Labour", "Add a group");
    }

    @Test
    void theDemoPressesTheLeadershipWithAsksAtEveryStageAndAThreeCaucusLetter() {
        var redWall = groups.find(Demo.RED_WALL).orElseThrow();
        var board = asks.board(java.util.Set.of(redWall.id()), null);
        assertThat(board.entrySet())
                .filteredOn(e -> !e.getValue().isEmpty())
                .extracting(java.util.Map.Entry::getKey)
                .contains(
                        AskStatus.DRAFTED,
                        AskStatus.ACKNOWLEDGED,
                        AskStatus.COMMITTED,
                        AskStatus.DELIVERED,
                        AskStatus.REFUSED,
                        AskStatus.DROPPED);
        assertThat(engagements.of(java.util.Set.of(redWall.id())))
                .extracting(e -> e.kind())
                .contains(
                        EngagementKind.MEETING,
                        EngagementKind.BRIEFING,
                        EngagementKind.CALL,
                        EngagementKind.SPEAKER_SESSION);
        assertThat(followUps.overdue(java.util.Set.of(redWall.id()))).isNotEmpty();
        assertThat(stakeholders.all()).anySatisfy(s -> assertThat(s.positions()).hasSizeGreaterThan(1));

        var published = letters.all().stream()
                .filter(l -> l.illustrative() && l.status() == LetterStatus.PUBLISHED)
                .findFirst()
                .orElseThrow();
        assertThat(published.invited()).hasSize(3);
        assertThat(signatures.countsByCaucus(published).values()).allMatch(n -> n > 0);
        assertThat(signatures.signatures(published.id())).anyMatch(sig -> !sig.live());
        var open = letters.all().stream()
                .filter(l -> l.illustrative() && l.status() == LetterStatus.OPEN)
                .findFirst()
                .orElseThrow();
        long mp = accounts.find(DemoData.MEMBER_MP).orElseThrow().personId();
        assertThat(signatures.eligibility(open, mp)).isNotEmpty();
        assertThat(signatures.liveSignatures(open.id())).noneMatch(sig -> sig.personId() == mp);
    }

    @Test
    void anOrganiserCannotReachSomeoneOutsideTheirGroupsByAddingImportingOrRelabellingThem() throws Exception {
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        long karen =
                people.findByEmail("karen.holroyd@example.org").orElseThrow().id();
        var derby = groups.find(Demo.DERBY).orElseThrow();

        var added = mvc.perform(post("/groups/" + Demo.DERBY + "/members")
                        .with(csrf())
                        .session(organiser)
                        .param("personId", String.valueOf(karen))
                        .param("role", "MEMBER"))
                .andReturn();
        assertThat(added.getFlashMap().get("error")).asString().contains("not someone whose record you can see");
        assertThat(groups.currentMemberships(derby.id())).noneMatch(m -> m.personId() == karen);
        assertThat(mvc.perform(get("/people/" + karen).session(organiser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        var file = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "m.csv",
                "text/csv",
                "full_name,email\nKaren H,karen.holroyd@example.org\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String preview = mvc.perform(multipart("/groups/" + Demo.DERBY + "/import")
                        .file(file)
                        .with(csrf())
                        .session(organiser))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(preview).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("recorded outside your groups").doesNotContain("Karen Holroyd", "/people/" + karen);
        mvc.perform(post(preview).with(csrf()).session(organiser));
        assertThat(groups.currentMemberships(derby.id())).noneMatch(m -> m.personId() == karen);

        long tom = people.findByEmail("tom.brennan@example.org").orElseThrow().id();
        var relabelled = mvc.perform(post("/people/" + tom)
                        .with(csrf())
                        .session(organiser)
                        .param("fullName", "Tom Brennan")
                        .param("kind", "MP")
                        .param("email", "tom.brennan@example.org"))
                .andReturn()
                .getResponse();
        assertThat(relabelled.getStatus()).isEqualTo(403);
        assertThat(people.find(tom).orElseThrow().kind()).isEqualTo(org.convener.people.PersonKind.ACTIVIST);
    }
}
