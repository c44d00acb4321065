package org.convener.ballots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.ballots.Contest;
import org.convener.ballots.ContestKind;
import org.convener.ballots.Contests;
import org.convener.ballots.Method;
import org.convener.ballots.Nomination;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The contest pages as those who run a group and its members see them, before and after the close. */
@ConvenerTest
class BallotPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contests contests;

    @Autowired
    Groups groups;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    Contest secretary;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
        secretary = contests.of(groups.find(Demo.DERBY).orElseThrow().id()).stream()
                .filter(Contest::illustrative)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void whileVotingIsOpenTheOrganiserSeesTheTurnoutAndNothingOfTheCount() throws Exception {
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        String page = mvc.perform(get("/ballots/" + secretary.id()).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Voting open", "members have voted").doesNotContain("Stage by stage", "Elected:");
        String turnout = mvc.perform(
                        get("/ballots/" + secretary.id() + "/turnout").session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(turnout)
                .containsPattern("<strong>\\d+</strong> of \\d+ members have voted")
                .contains("hx-trigger=\"every 30s\"");
        for (String export : new String[] {"/ballots.blt", "/count.json"}) {
            assertThat(mvc.perform(get("/ballots/" + secretary.id() + export).session(organiser))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(export)
                    .isEqualTo(404);
        }
    }

    @Test
    void theCaucusEndorsementShowsTheResultTheStagesAndTheReceipts() throws Exception {
        var convener = DemoData.signIn(mvc, DemoData.CONVENER);
        var redWall = groups.find(Demo.RED_WALL).orElseThrow();
        Contest deputy = contests.of(redWall.id()).get(0);
        String page = mvc.perform(get("/ballots/" + deputy.id()).session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Elected: <strong>Lucy Powell</strong>", "Stage by stage", "All ", "receipts");
        String checked = mvc.perform(get("/ballots/" + deputy.id())
                        .param("receipt", "AAAA-BBBB-CCCC-DDDD-EEEE")
                        .session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(checked).contains("is not in the published list");
        String blt = mvc.perform(get("/ballots/" + deputy.id() + "/ballots.blt").session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(blt).startsWith("3 1\n").contains("\"Lucy Powell\"", "\"Re-open nominations (RON)\"");
        String fragment = mvc.perform(
                        get("/ballots/groups/" + redWall.id() + "/endorsements").session(convener))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("Lucy Powell", "/ballots/" + deputy.id() + "#result");
    }

    /** A contest of Derby's own whose voting opens in a moment, so the demo's contests stay as they are. */
    private Contest openingShortly() throws InterruptedException {
        var derby = groups.find(Demo.DERBY).orElseThrow();
        var now = contests.now();
        var opens = now.plusSeconds(2);
        var members = groups.currentMemberships(derby.id()).stream()
                .map(org.convener.groups.Membership::personId)
                .toList();
        Contest c = AuditActor.as(
                "test",
                () -> contests.create(
                        new Contests.Plan(
                                derby.id(),
                                ContestKind.OFFICER,
                                "Treasurer (test)",
                                null,
                                Method.SCOTTISH_STV,
                                1,
                                false,
                                0,
                                opens,
                                java.time.LocalDate.now().minusDays(1),
                                opens,
                                now.plus(java.time.Duration.ofHours(1))),
                        false));
        AuditActor.as("test", () -> {
            contests.nominate(c.id(), members.get(5), members.get(5), "I can keep the books.");
            contests.nominate(c.id(), members.get(6), members.get(6), "I kept the books at my union branch.");
            return null;
        });
        Thread.sleep(java.time.Duration.between(contests.now(), opens).toMillis() + 200);
        return c;
    }

    @Test
    void aMemberVotesThroughTheFormAndGetsAReceiptThatNoPageRepeats() throws Exception {
        var member = DemoData.signIn(mvc, DemoData.MEMBER);
        Contest secretary = openingShortly();
        var paper = contests.onPaper(secretary);
        assertThat(paper).hasSize(2);
        var result = mvc.perform(post("/ballots/" + secretary.id() + "/vote")
                        .session(member)
                        .with(csrf())
                        .param("rank_" + paper.get(1).id(), "1")
                        .param("rank_" + paper.get(0).id(), "2")
                        .param("confirm", "yes"))
                .andReturn();
        String receiptPage = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(receiptPage).contains("Your vote is cast").containsPattern("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        String receipt = receiptPage.replaceAll("(?s).*<code id=\"receipt\">([^<]+)</code>.*", "$1");
        String page = mvc.perform(get("/ballots/" + secretary.id()).session(member))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("You have voted").doesNotContain(receipt);
        // a second vote is refused
        var again = mvc.perform(post("/ballots/" + secretary.id() + "/vote")
                        .session(member)
                        .with(csrf())
                        .param("rank_" + paper.get(0).id(), "1")
                        .param("confirm", "yes"))
                .andReturn();
        assertThat(again.getFlashMap().get("error")).isEqualTo("You have already voted in this contest.");
        assertThat(paper).extracting(Nomination::candidateName).isSorted();
    }
}
