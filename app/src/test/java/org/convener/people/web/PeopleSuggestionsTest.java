package org.convener.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A name box's suggestions name exactly the people the people page would show the same user. */
@ConvenerTest
class PeopleSuggestionsTest {

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

    private String get200(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> ids(String html, String regex) {
        var found = new ArrayList<String>();
        var matcher = Pattern.compile(regex).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void suggestionsFollowThePeoplePagesRulesForEachRole() throws Exception {
        var seenBy = new java.util.HashMap<String, List<String>>();
        for (String email : List.of(DemoData.MEMBER, DemoData.ORGANISER, DemoData.ADMIN)) {
            var session = DemoData.signIn(mvc, email);
            String options = get200("/people/suggest?name=an", session);
            var suggested = ids(options, "#(\\d+)\"");
            var page = ids(get200("/people?name=an", session), "<a href=\"/people/(\\d+)\"");
            assertThat(suggested).as(email).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            assertThat(page).as(email).containsAll(suggested);
            seenBy.put(email, suggested);
        }
        assertThat(seenBy.get(DemoData.MEMBER))
                .as("a member is offered fewer people than an administrator")
                .isNotEqualTo(seenBy.get(DemoData.ADMIN));
    }

    @Test
    void aSingleLetterOrAnAnonymousVisitorGetsNoOne() throws Exception {
        var session = DemoData.signIn(mvc, DemoData.ADMIN);
        assertThat(get200("/people/suggest?name=a", session)).doesNotContain("<option");
        mvc.perform(get("/people/suggest?name=an")).andExpect(status().is3xxRedirection());
    }
}
