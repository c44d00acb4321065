package org.convener.votes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.people.People;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.convener.votes.Division;
import org.convener.votes.Votes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The division pages, the caucus's votes and an MP's record, as each kind of visitor sees them. */
@ConvenerTest
class DivisionPagesTest {

    static final List<String> LABOUR_REBELS = List.of(
            "Ian Byrne",
            "Zarah Sultana",
            "Apsana Begum",
            "John McDonnell",
            "Richard Burgon",
            "Rebecca Long Bailey",
            "Imran Hussain");

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    Votes votes;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession convener;
    MockHttpSession member;

    @BeforeEach
    void demoLoaded() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        convener = DemoData.signIn(mvc, DemoData.CONVENER);
        member = DemoData.signIn(mvc, DemoData.MEMBER);
    }

    @Test
    void theListGivesEachDivisionsCountsAndPartySplitsAndIsSearchable() throws Exception {
        String page = html(get("/divisions"));
        assertThat(page)
                .contains("195 divisions, 22 July 2024 – 22 May 2025", "195 divisions, page 1 of 8", "Parties (aye–no)")
                .doesNotContain("Your caucuses");
        long kingsSpeech = votes.divisions().stream()
                .filter(d -> d.title().contains("King's Speech"))
                .count();

        String found = html(get("/divisions").param("q", "King's Speech").header("HX-Request", "true"));

        assertThat(found)
                .doesNotContain("<html")
                .contains("id=\"division-results\"", kingsSpeech + " divisions with “King's Speech” in the title");
        assertThat(html(get("/divisions").param("q", "no such words anywhere")))
                .contains("No division's title contains");
    }

    @Test
    void theConvenerSeesHowTheirCaucusSplitAndAnOutsiderDoesNot() throws Exception {
        String latest = html(get("/divisions").session(convener));
        assertThat(latest).contains("Your caucuses (aye–no)", "Red Wall Caucus (illustrative) ");
        assertThat(html(get("/divisions").session(member))).doesNotContain("Red Wall Caucus");
    }

    @Test
    void theTwoChildCapDivisionShowsBothCountsAndTheSevenLabourRebels() throws Exception {
        String page = html(get("/divisions/1829"));

        assertThat(page)
                .contains("Declared by the House", "In Public Whip's per-MP list", "2 ayes short and 1 no short")
                .contains("Against their party:");
        String rebels = page.substring(
                page.indexOf("Against their party:"), page.indexOf("<table", page.indexOf("Against their party:")));
        assertThat(rebels).contains(LABOUR_REBELS);
        assertThat(rebels.split("class=\"split\"")).hasSize(LABOUR_REBELS.size() + 1);

        String labour = html(get("/divisions/1829").param("party", "Lab").header("HX-Request", "true"));
        assertThat(labour).doesNotContain("<html").contains("id=\"vote-list\"", "7 against their party's majority");
        assertThat(status(get("/divisions/1829").param("party", "XYZ"))).isEqualTo(400);
    }

    @Test
    void aCaucusFilterListsItsMembersOnTheDayIncludingThoseWithNoVoteRecorded() throws Exception {
        Division last = votes.divisions().get(votes.divisions().size() - 1);

        String page = html(get("/divisions/" + last.id())
                .param("caucus", Demo.RED_WALL)
                .header("HX-Request", "true")
                .session(convener));

        assertThat(page).contains("Jo White");
        int members = page.split("<tr").length - 2;
        assertThat(members).isBetween(35, 44);
    }

    @Test
    void anOfficerMarksAFreeVoteWhichIsAuditedAndCanBeTakenOff() throws Exception {
        int division = 1830;
        var marked = mvc.perform(post("/divisions/" + division + "/free-vote")
                        .param("free", "true")
                        .param("note", "whips said so")
                        .with(csrf())
                        .session(convener))
                .andReturn()
                .getResponse();
        try {
            assertThat(marked.getRedirectedUrl()).isEqualTo("/divisions/" + division);
            assertThat(votes.division(division).orElseThrow().freeVote()).isTrue();
            assertThat(jdbc.queryForObject(
                            "select count(*) from platform.audit_event where entity_type = 'division' and entity_id = ? and action = 'marked free vote'",
                            Integer.class,
                            String.valueOf(division)))
                    .isEqualTo(1);
            assertThat(html(get("/divisions/" + division).session(convener))).contains("Not a free vote");
            assertThat(status(post("/divisions/" + division + "/free-vote")
                            .param("free", "false")
                            .with(csrf())
                            .session(member)))
                    .isEqualTo(403);
        } finally {
            mvc.perform(post("/divisions/" + division + "/free-vote")
                    .param("free", "false")
                    .with(csrf())
                    .session(convener));
        }
        assertThat(votes.division(division).orElseThrow().freeVote()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where entity_type = 'division' and entity_id = ? and action = 'unmarked free vote'",
                        Integer.class,
                        String.valueOf(division)))
                .isEqualTo(1);
    }

    @Test
    void theCaucusVotesPageComparesItWithLabourAndNamesItsCoverage() throws Exception {
        String page = html(get("/groups/" + Demo.RED_WALL + "/votes").session(convener));

        assertThat(page)
                .contains("How Red Wall Caucus (illustrative) votes", "Compared with Labour over the same divisions")
                .contains("Coverage: ", "3 free votes left out", "Each member's record", "Cohesion over time")
                .contains("<svg");
        String fragment = html(get("/groups/" + Demo.RED_WALL + "/votes")
                .header("HX-Request", "true")
                .session(convener));
        assertThat(fragment).doesNotContain("<html").contains("How the caucus votes", "Voted with the Labour majority");
        assertThat(html(get("/groups/" + Demo.RED_WALL).session(convener)))
                .contains("hx-get=\"/groups/" + Demo.RED_WALL + "/votes\"");
        assertThat(status(get("/groups/" + Demo.RED_WALL + "/votes")
                        .param("from", "last week")
                        .session(convener)))
                .isEqualTo(400);
        assertThat(status(get("/groups/" + Demo.RED_WALL + "/votes")
                        .param("from", "2025-03-01")
                        .param("to", "2025-01-01")
                        .session(convener)))
                .isEqualTo(400);
    }

    @Test
    void anMpsRecordListsTheirRebellionsWithLinks() throws Exception {
        long mcdonnell = people.findMp(178).orElseThrow().id();

        String record = html(get("/people/" + mcdonnell + "/votes")
                .header("HX-Request", "true")
                .session(member));

        assertThat(record)
                .doesNotContain("<html")
                .contains("Voting record", "href=\"/divisions/1829\"", "Lab went 7–", "Coverage: ");
        assertThat(html(get("/people/" + mcdonnell).session(member)))
                .contains("hx-get=\"/people/" + mcdonnell + "/votes\"");
    }

    @Test
    void anMpsVotesAreInTheirSubjectAccessExport() throws Exception {
        long mcdonnell = people.findMp(178).orElseThrow().id();
        MockHttpSession admin = DemoData.signIn(mvc, DemoData.ADMIN);

        var export = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(html(get("/people/" + mcdonnell + "/export").session(admin)))
                .path("commonsVotes");

        long onRecord = votes.divisions().stream()
                .flatMap(d -> votes.votesIn(d.id()).stream())
                .filter(v -> v.memberId() == 178)
                .count();
        assertThat(export).hasSize((int) onRecord);
        assertThat(export)
                .anySatisfy(v -> assertThat(v.path("division").asInt() == 1829
                                && v.path("vote").asText().equals("aye")
                                && v.path("party").asText().equals("Lab"))
                        .isTrue());
    }

    @Test
    void theDemonstrationMarksTheAssistedDyingDivisionsAsFreeVotes() {
        assertThat(votes.divisions())
                .filteredOn(Division::freeVote)
                .extracting(Division::id)
                .containsExactlyInAnyOrder(1877, 2028, 2029);
    }

    @Test
    void aPartysCohesionIsPublic() throws Exception {
        String page = html(get("/divisions/cohesion").param("party", "Lab"));
        assertThat(page).contains("How Labour MPs vote", "Cohesion (mean Rice index)", "Coverage: ");
        assertThat(status(get("/divisions/cohesion").param("party", "Whig"))).isEqualTo(400);
        assertThat(status(get("/divisions/cohesion").param("set", "no-such-set")))
                .isEqualTo(404);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
