package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The candidate pipeline: moves the rules allow, each dated with who and why; and a self-declared
 * background that no one but the person and the pipeline's organisers ever sees, on any page or in
 * any export, that is kept only with consent and goes with erasure.
 */
@ConvenerTest
class PipelineTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    org.convener.people.DataProtection dataProtection;

    @Autowired
    Pipeline pipeline;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

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

    @Test
    void thePipelineRefusesForbiddenJumpsAndKeepsEveryMoveDatedWithWhoAndWhy() throws Exception {
        Fixture f = Fixture.localGroup(groups, accounts, 2);
        var organiser = DemoData.signIn(mvc, f.organiser.email());
        var candidate = f.members.get(0);
        var today = pipeline.today();
        // entered some weeks ago, as history being filled in
        Candidate c = AuditActor.as(
                "test",
                () -> pipeline.enter(
                        f.group.id(), candidate.personId(), Office.COUNCIL, "Abbey ward", today.minusDays(30)));
        assertThat(c.stage()).isEqualTo(Stage.INTERESTED);
        var other = f.members.get(1);
        mvc.perform(post("/groups/" + f.group.slug() + "/pipeline")
                .with(csrf())
                .session(organiser)
                .param("personId", String.valueOf(other.personId()))
                .param("office", "PARLIAMENT"));
        assertThat(pipeline.ofPerson(other.personId())).singleElement().satisfies(o -> {
            assertThat(o.stage()).isEqualTo(Stage.INTERESTED);
            assertThat(pipeline.moves(o.id()))
                    .singleElement()
                    .satisfies(m -> assertThat(m.on()).isEqualTo(today));
        });

        var refused = mvc.perform(post("/candidates/" + c.id() + "/moves")
                        .with(csrf())
                        .session(organiser)
                        .param("to", "SELECTED")
                        .param("reason", "skipping ahead"))
                .andReturn();
        assertThat((String) refused.getFlashMap().get("error")).contains("cannot move from interested to selected");
        assertThat(pipeline.find(c.id()).orElseThrow().stage()).isEqualTo(Stage.INTERESTED);

        var path = List.of(Stage.DEVELOPING, Stage.READY, Stage.APPLIED, Stage.READY, Stage.APPLIED, Stage.SHORTLISTED);
        for (int i = 0; i < path.size(); i++) {
            mvc.perform(post("/candidates/" + c.id() + "/moves")
                    .with(csrf())
                    .session(organiser)
                    .param("to", path.get(i).name())
                    .param("on", today.minusDays(path.size() - i).toString())
                    .param("reason", "step " + i));
        }
        var moves = pipeline.moves(c.id());
        assertThat(moves).extracting(Candidate.Recorded::to).containsExactly(concat(Stage.INTERESTED, path));
        long organiserAccount = accounts.find(f.organiser.email()).orElseThrow().id();
        for (int i = 1; i < moves.size(); i++) {
            var m = moves.get(i);
            assertThat(m.from()).isEqualTo(moves.get(i - 1).to());
            assertThat(m.on()).isEqualTo(today.minusDays(path.size() - i + 1));
            assertThat(m.reason()).isEqualTo("step " + (i - 1));
            assertThat(m.recordedBy()).isEqualTo("account " + organiserAccount);
        }
        // a move may not be dated before the last
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> pipeline.move(c.id(), Stage.SELECTED, today.minusDays(30), "backdated")))
                .hasMessageContaining("before the last one");

        // a member cannot move a candidate, even themself
        var own = DemoData.signIn(mvc, candidate.email());
        assertThat(mvc.perform(post("/candidates/" + c.id() + "/moves")
                                .with(csrf())
                                .session(own)
                                .param("to", "SELECTED")
                                .param("reason", "me"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/candidates/" + c.id()).session(own))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private static Stage[] concat(Stage first, List<Stage> rest) {
        var all = new ArrayList<Stage>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(new Stage[0]);
    }

    @Test
    void theBackgroundIsAbsentFromEveryPageAndExportForThoseWhoMayNotSeeIt() throws Exception {
        int n = SERIAL.incrementAndGet();
        String words = "Grew up on the Mackworth estate " + n;
        String occupation = "Bus driver " + n;
        // Priya (the demo's member) is a candidate in the Derby pipeline; she tells her story herself
        var priya = DemoData.signIn(mvc, DemoData.MEMBER);
        long priyaId = accounts.find(DemoData.MEMBER).orElseThrow().personId();
        var saved = mvc.perform(post("/account/background")
                        .with(csrf())
                        .session(priya)
                        .param("workingClass", "YES")
                        .param("occupation", occupation)
                        .param("inOwnWords", words)
                        .param("consent", "true"))
                .andReturn();
        assertThat((String) saved.getFlashMap().get("notice")).contains("Saved");
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        Candidate candidacy = pipeline.ofPerson(priyaId).stream()
                .filter(c -> c.groupId() == derby.id())
                .findFirst()
                .orElseThrow();

        Map<String, MockHttpSession> roles = new LinkedHashMap<>();
        roles.put("member", priya);
        roles.put("organiser", DemoData.signIn(mvc, DemoData.ORGANISER));
        roles.put("convener", DemoData.signIn(mvc, DemoData.CONVENER));
        roles.put("admin", DemoData.signIn(mvc, DemoData.ADMIN));
        roles.put("mp", DemoData.signIn(mvc, DemoData.MEMBER_MP));
        roles.put("another organiser", DemoData.signIn(mvc, DemoData.DONCASTER_ORGANISER));
        var mayRead = List.of("member", "organiser");

        List<String> pages = List.of(
                "/candidates/" + candidacy.id(),
                "/groups/" + derby.slug() + "/pipeline",
                "/groups/" + derby.slug(),
                "/groups/" + derby.slug() + "/organising",
                "/groups/" + derby.slug() + "/members.csv",
                "/pipeline",
                "/people/" + priyaId,
                "/people/" + priyaId + "/education",
                "/people/" + priyaId + "/groups",
                "/people/" + priyaId + "/export",
                "/account/background",
                "/admin/audit",
                "/admin/audit?entity=person");
        for (var role : roles.entrySet()) {
            for (String page : pages) {
                var response = mvc.perform(get(page).session(role.getValue()))
                        .andReturn()
                        .getResponse();
                String body = response.getContentAsString();
                if (mayRead.contains(role.getKey()) && page.startsWith("/candidates/")) {
                    assertThat(response.getStatus())
                            .as(role.getKey() + " " + page)
                            .isEqualTo(200);
                    assertThat(body).as(role.getKey() + " reads it on " + page).contains(words, occupation);
                } else if (!(role.getKey().equals("member")
                        && (page.equals("/account/background") || page.endsWith("/export")))) {
                    assertThat(body)
                            .as(role.getKey() + " on " + page)
                            .doesNotContain(words)
                            .doesNotContain(occupation);
                }
            }
        }
        // her own export and her own page carry it; an administrator's export of her does not
        String ownExport = mvc.perform(get("/people/" + priyaId + "/export").session(priya))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ownExport).contains(words, occupation);
        String adminExport = mvc.perform(get("/people/" + priyaId + "/export").session(roles.get("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(adminExport).contains("selfDeclaredBackground").doesNotContain(words);
        // the audit log says it changed, never what it says
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'declared background' or action = 'changed background'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void aBackgroundIsKeptOnlyWithConsentAndWithdrawingOrErasingDeletesIt() throws Exception {
        Fixture f = Fixture.localGroup(groups, accounts, 1);
        var member = f.members.get(0);
        var session = DemoData.signIn(mvc, member.email());
        var refused = mvc.perform(post("/account/background")
                        .with(csrf())
                        .session(session)
                        .param("occupation", "Nurse"))
                .andReturn();
        assertThat((String) refused.getFlashMap().get("error")).contains("Tick the box");
        assertThat(pipeline.hasBackground(member.personId())).isFalse();

        mvc.perform(post("/account/background")
                .with(csrf())
                .session(session)
                .param("occupation", "Nurse")
                .param("consent", "true"));
        assertThat(pipeline.hasBackground(member.personId())).isTrue();
        mvc.perform(post("/account/background/withdraw")
                .with(csrf())
                .session(session)
                .param("confirm", "true"));
        assertThat(pipeline.hasBackground(member.personId())).isFalse();

        mvc.perform(post("/account/background")
                .with(csrf())
                .session(session)
                .param("occupation", "Nurse again")
                .param("consent", "true"));
        AuditActor.as("test", () -> dataProtection.erase(member.personId()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from organising.background where person_id = ?",
                        Integer.class,
                        member.personId()))
                .isZero();
    }

    @Test
    void theCaucusSummaryCountsEveryGroupButNamesOnlyWhomTheViewerMaySee() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        String summary = mvc.perform(get("/pipeline").session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Group derby = groups.find(Demo.DERBY).orElseThrow();
        int derbyCandidates = pipeline.ofGroup(derby.id()).size();
        assertThat(derbyCandidates).isPositive();
        assertThat(summary).contains("Derby Red Labour (illustrative)");
        for (Candidate c : pipeline.ofGroup(derby.id())) {
            String name = people.find(c.personId()).orElseThrow().fullName();
            assertThat(summary).as("the convener does not see " + name).doesNotContain(name);
        }
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        String theirs = mvc.perform(get("/pipeline").session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Candidate c : pipeline.ofGroup(derby.id())) {
            assertThat(theirs).contains(people.find(c.personId()).orElseThrow().fullName());
        }
        assertThat(mvc.perform(get("/pipeline").session(DemoData.signIn(mvc, DemoData.MEMBER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
