package org.convener.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.engine.Party;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.ImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@ConvenerTest
class PollEntriesTest {

    static final String HEADER =
            "fieldwork_start,fieldwork_end,pollster,client,area,sample_size,lab,con,ref,ld,grn,snp,pc,rb,others,notes\n";

    @Autowired
    PollEntries entries;

    @Autowired
    Polls polls;

    @Autowired
    DatasetImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final CurrentUser officer = new CurrentUser(1, "officer@example.org", null, Set.of(CurrentUser.OFFICER));

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    int entered() {
        return jdbc.sql("select count(*) from polls.entered_poll")
                .query(Integer.class)
                .single();
    }

    @Test
    void aMalformedFileAddsNothingAndNamesLineAndField() {
        int before = entered();
        String file = HEADER
                + "2026-11-20,2026-11-21,Test Pollster,,GB,2000,20,17,30,13,11,2,1,,6,\n"
                + "2026-11-20,2026-11-21,Other Pollster,,GB,2000,20,abc,30,13,11,2,1,,6,\n"
                + "2026-11-22,2026-11-19,Third Pollster,,GB,2000,20,17,30,13,11,2,1,,6,\n";
        assertThatThrownBy(() -> entries.upload(officer, "new-polls.csv", file, null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(3);
                        assertThat(p.column()).isEqualTo("con");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(4);
                        assertThat(p.column()).isEqualTo("fieldwork_end");
                    });
                    assertThat(e.getMessage()).contains("new-polls.csv");
                });
        assertThat(entered()).isEqualTo(before);
    }

    @Test
    void aPollAlreadyHeldIsRefusedOnUpload() {
        var newest =
                polls.published().stream().filter(p -> !p.entered()).findFirst().orElseThrow();
        int before = entered();
        String line = jdbc.sql("""
                        select concat_ws(',', fieldwork_start, fieldwork_end, pollster, coalesce(client, ''), area,
                            coalesce(sample_size::text, ''), coalesce(lab::text, ''), coalesce(con::text, ''), coalesce(ref::text, ''),
                            coalesce(ld::text, ''), coalesce(grn::text, ''), coalesce(snp::text, ''), coalesce(pc::text, ''),
                            coalesce(rb::text, ''), coalesce(others::text, ''), '')
                        from polls.poll where id = :id
                        """).param("id", newest.id()).query(String.class).single();
        assertThatThrownBy(() -> entries.upload(officer, "again.csv", HEADER + line + "\n", null))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.reason()).contains("held already")));
        assertThat(entered()).isEqualTo(before);
    }

    @Test
    void anAddedPollFreshensTheAverageUntilWithdrawnAndTheProjectionPageSaysSo() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(page("/projection")).contains("Out of date");
        assertThat(page("/polls")).contains("Out of date");
        var shares = Map.of(
                "lab", "19", "con", "16", "ref", "31", "ld", "13", "grn", "12", "snp", "2.5", "pc", "0.5", "others",
                "6");
        long id = AuditActor.as(
                "test",
                () -> entries.add(
                        officer,
                        new PollEntries.Draft(
                                today.minusDays(2).toString(),
                                today.minusDays(1).toString(),
                                "Test Pollster " + System.nanoTime(),
                                "",
                                "2,000",
                                "online panel",
                                "https://example.org/poll",
                                shares,
                                "")));
        try {
            assertThat(polls.age().orElseThrow().stale()).isFalse();
            assertThat(polls.currentAverage().orElseThrow().asOf()).isEqualTo(today.minusDays(1));
            assertThat(polls.currentAverage().orElseThrow().shares().get(Party.RUK))
                    .isBetween(0.30, 0.32);
            assertThat(page("/projection")).doesNotContain("Out of date");
            assertThatThrownBy(() -> entries.withdraw(officer, id, " ")).isInstanceOf(IllegalArgumentException.class);
        } finally {
            AuditActor.as("test", () -> entries.withdraw(officer, id, "a test poll"));
        }
        assertThat(polls.age().orElseThrow().stale()).isTrue();
        assertThat(entries.find(id).orElseThrow().withdrawnReason()).isEqualTo("a test poll");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'poll' and entity_id = :id")
                        .param("id", "entered:" + id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void onlyOfficersAndAdministratorsKeepThePolls() {
        var member = new CurrentUser(2, "member@example.org", null, Set.of(CurrentUser.MEMBER));
        assertThatThrownBy(() -> entries.upload(member, "x.csv", HEADER, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
