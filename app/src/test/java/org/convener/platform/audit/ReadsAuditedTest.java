package org.convener.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who read a whole record, a members file or the log itself, and when, is in the log too. */
@ConvenerTest
class ReadsAuditedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    People people;

    @Autowired
    Groups groups;

    @Autowired
    Accounts accounts;

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

    private AuditRecord latest(String type) {
        return audit.search(type, null, null, null, null, 1).get(0);
    }

    @Test
    void subjectAccessExportsMembersFilesAndViewsOfTheLogAreRecorded() throws Exception {
        long tom = people.findByEmail("tom.brennan@example.org").orElseThrow().id();
        var admin = DemoData.signIn(mvc, DemoData.ADMIN);
        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);

        mvc.perform(get("/people/" + tom + "/export").session(admin));
        var exported = latest("person");
        assertThat(exported.action()).isEqualTo("exported");
        assertThat(exported.entityId()).isEqualTo(String.valueOf(tom));
        assertThat(exported.actor()).isEqualTo(DemoData.ADMIN);
        assertThat(exported.subject()).isEqualTo(AuditLog.person(tom));

        mvc.perform(get("/groups/" + Demo.DERBY + "/members.csv").session(organiser));
        var downloaded = latest("members file");
        assertThat(downloaded.action()).isEqualTo("downloaded");
        assertThat(downloaded.actor()).isEqualTo(DemoData.ORGANISER);
        assertThat(downloaded.entityId())
                .isEqualTo(String.valueOf(groups.find(Demo.DERBY).orElseThrow().id()));
        assertThat(downloaded.after())
                .containsEntry(
                        "members",
                        groups.currentMemberships(
                                        groups.find(Demo.DERBY).orElseThrow().id())
                                .size());

        mvc.perform(get("/admin/audit")
                .session(admin)
                .param("actor", "someone.searched.for@example.net")
                .param("subject", "person:" + tom));
        var viewed = latest("audit log");
        assertThat(viewed.action()).isEqualTo("viewed");
        assertThat(viewed.actor()).isEqualTo(DemoData.ADMIN);
        assertThat(viewed.after()).containsEntry("actor", "given").containsEntry("subject", "person:" + tom);
        assertThat(String.valueOf(viewed.after())).doesNotContain("someone.searched.for");
    }
}
