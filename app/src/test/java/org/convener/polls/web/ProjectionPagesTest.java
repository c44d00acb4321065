package org.convener.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ConvenerTest
class ProjectionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void pollsPageShowsTheAverageTheTrendAndEveryPoll() throws Exception {
        String html = page("/polls");
        assertThat(html).contains("Average on 17 July 2026", "Polls in the average", "<polyline", "Every poll (443)");
        assertThat(html).contains("Page 1 of 9");
        assertThat(page("/polls?page=9")).contains("Page 9 of 9");
    }

    @Test
    void projectionPageRunsThePollAverageByDefault() throws Exception {
        String html = page("/projection");
        assertThat(html)
                .contains("Seats in Great Britain (631)", "Projected winner", "How sure", "Seats changing hands");
        assertThat(html.split("data-code=\"", -1).length - 1)
                .as("hexes on the two maps")
                .isEqualTo(2 * 650);
    }

    @Test
    void projectionPageRunsTypedShares() throws Exception {
        String html = page(
                "/projection?source=custom&con=18&lab=22&ld=12&ruk=30&green=10&snp=2.5&pc=0.7&model=uns&sims=5000");
        assertThat(html).contains("Uniform national swing", "5,000 simulations");
        // the chart says what its parts mean, marks a majority and states the outcome in words
        assertThat(html)
                .contains("bar: median of the simulations", "whisker: 5–95% range", "dot: the central projection")
                .contains("class=\"reference-line\"", "326 for a majority")
                .containsPattern(
                        "(Reform UK majority of \\d+|Hung parliament: [A-Za-z ]+ largest party, \\d+ short of a majority)")
                .contains("The default model is the transition model");
    }

    @Test
    void anIndependentMpIsProjectedAsACandidateOfTheirOwnAndOthersCannotWin() throws Exception {
        // Islington North: Jeremy Corbyn won in 2024 as an independent
        String fragment = page("/projection/seats/E14001305");
        assertThat(fragment)
                .contains("Jeremy Corbyn (Independent)", "party-Ind")
                .doesNotContain("party-Oth");
    }

    @Test
    void badSharesAreExplainedOnThePage() throws Exception {
        String html = mvc.perform(get("/projection?source=custom&ruk=80&lab=40"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Shares add up to 120%, more than 100%.");
        mvc.perform(get("/projection?source=custom&ruk=30&model=magic")).andExpect(status().isBadRequest());
        mvc.perform(get("/projection?sims=10")).andExpect(status().isBadRequest());
    }

    @Test
    void seatPageLoadsItsProjection() throws Exception {
        assertThat(page("/seats/E14001079")).contains("hx-get=\"/projection/seats/E14001079\"");
        String fragment = page("/projection/seats/E14001079");
        assertThat(fragment).doesNotContain("<html").contains("Under the current polls", "Chance of winning");
        assertThat(page("/projection/seats/N05000001")).contains("held as in 2024");
        mvc.perform(get("/projection/seats/E14009999")).andExpect(status().isNotFound());
    }

    @Test
    void seatSetPagesShowTheSweepAndTippingPoints() throws Exception {
        assertThat(page("/sets")).contains("<a href=\"/sets/redwall\">Red wall</a>");
        String html = page("/sets/redwall?party=RUK&from=15&to=40&at=30");
        assertThat(html).contains("Tipping points", "Bassetlaw", "Ashfield", "already at 15%", "<polyline");
        assertThat(html).containsPattern("At 30\\.0% for Reform UK: \\d+ of 50 seats");
        mvc.perform(get("/sets/nowhere")).andExpect(status().isNotFound());
        mvc.perform(get("/sets/redwall?party=DUP")).andExpect(status().isBadRequest());
    }
}
