package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each role lands on a home that shows what needs it, from the demonstration's data. */
@ConvenerTest
class HomePageTest {

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

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private String home(String email) throws Exception {
        return mvc.perform(get("/home").session(DemoData.signIn(mvc, email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anMpWhoHasNotSignedAnOpenLetterIsAskedToSignIt() throws Exception {
        String html = home(DemoData.MEMBER_MP);
        assertThat(html).contains("Letters to sign", "Sign: Fix the Green Book");
        assertThat(html).doesNotContain("Sign: Put working people");
    }

    @Test
    void theConvenerSeesTheCaucusFollowUpsAndTheLettersItRuns() throws Exception {
        String html = home(DemoData.CONVENER);
        assertThat(html).contains("Follow-ups due", "All follow-ups");
        assertThat(html).containsPattern("(overdue since|due) \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(html).contains("<h2 id=\"panel-1\">Letters", "Fix the Green Book", "open for signatures");
    }

    @Test
    void aLocalOrganiserIsAskedToDecideOffersToFillTheirGroupsPosts() throws Exception {
        String html = home(DemoData.ORGANISER);
        assertThat(html).contains("Groups and posts");
        assertThat(html).containsPattern("Decide (an offer|\\d+ offers) to be ");
    }

    @Test
    void anAccountWithNoPersonIsToldWhyNothingIsWaiting() throws Exception {
        String html = home(DemoData.ADMIN);
        assertThat(html).contains("What needs you");
        assertThat(html).doesNotContain("Sign: ");
    }
}
