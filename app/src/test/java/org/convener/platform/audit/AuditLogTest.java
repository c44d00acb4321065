package org.convener.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every change is recorded with who, when, what, before and after; and the record cannot be altered. */
@ConvenerTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

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

    @Autowired
    MockMvc mvc;

    @Test
    void theApplicationsOwnConnectionsCannotUpdateDeleteTruncateOrUnprotectAuditRows() {
        AuditActor.as(
                "test", () -> audit.record("noted", "test", 1, null, null, java.util.Map.of("value", "original")));
        long id = jdbc.queryForObject("select max(id) from platform.audit_event", Long.class);
        long rows = jdbc.queryForObject("select count(*) from platform.audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update platform.audit_event set actor = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from platform.audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("truncate platform.audit_event"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        // the triggers that refuse changes whoever asks cannot be switched off, nor the table taken over
        assertThatThrownBy(() -> jdbc.execute("alter table platform.audit_event disable trigger user"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("alter table platform.audit_event owner to current_user"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_trigger where tgrelid = 'platform.audit_event'::regclass"
                                + " and not tgisinternal and tgenabled = 'O'",
                        Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();

        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event", Long.class))
                .isEqualTo(rows);
        assertThat(jdbc.queryForObject("select actor from platform.audit_event where id = ?", String.class, id))
                .isEqualTo("test");
    }

    @Test
    void changesToPeopleMembershipsPostsAndAccountsAreRecordedWithBeforeAndAfter() {
        Person person = AuditActor.as(
                "auditor",
                () -> people.create(new PersonDraft(
                        "Vera Audit",
                        PersonKind.ACTIVIST,
                        null,
                        "vera.audit@example.net",
                        null,
                        null,
                        null,
                        Set.of())));
        AuditActor.as(
                "auditor",
                () -> people.update(
                        person.id(),
                        new PersonDraft(
                                "Vera Audit",
                                PersonKind.ACTIVIST,
                                null,
                                "vera.new@example.net",
                                null,
                                null,
                                null,
                                Set.of())));
        Group group = AuditActor.as(
                "auditor",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP, "Audit test group", "audit-test-group", null, false, List.of()));
        var membership = AuditActor.as(
                "auditor", () -> groups.join(group.id(), person.id(), Role.MEMBER, LocalDate.of(2025, 5, 1)));
        AuditActor.as("auditor", () -> groups.changeRole(membership.id(), Role.ORGANISER, LocalDate.of(2025, 6, 1)));
        var post = AuditActor.as("auditor", () -> groups.createPost(group.id(), "Treasurer", null));
        AuditActor.as("auditor", () -> groups.appoint(post.id(), person.id(), LocalDate.of(2025, 6, 1)));
        var account = AuditActor.as("auditor", () -> accounts.create("vera.account@example.net", person.id(), false));

        var about = audit.about(AuditLog.person(person.id()));
        assertThat(about)
                .extracting(r -> r.action() + " " + r.entityType())
                .contains("created person", "updated person", "joined membership", "left membership", "appointed post");
        assertThat(about).allSatisfy(r -> assertThat(r.actor()).isEqualTo("auditor"));
        var update = about.stream()
                .filter(r -> r.action().equals("updated"))
                .findFirst()
                .orElseThrow();
        assertThat(update.before()).containsEntry("email", "vera.audit@example.net");
        assertThat(update.after()).containsEntry("email", "vera.new@example.net");
        var left = about.stream()
                .filter(r -> r.action().equals("left"))
                .findFirst()
                .orElseThrow();
        assertThat(String.valueOf(left.after())).contains("2025-05-31");

        assertThat(audit.search("account", "auditor", null, null, null, 1)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("created");
            assertThat(r.entityId()).isEqualTo(String.valueOf(account.account().id()));
        });
    }

    @Test
    void administratorsCanFilterTheLogAndNoOneElseCanSeeIt() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        var admin = DemoData.signIn(mvc, DemoData.ADMIN);
        var page = mvc.perform(get("/admin/audit").param("type", "post").session(admin))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("appointed post").doesNotContain("created account");

        var organiser = DemoData.signIn(mvc, DemoData.ORGANISER);
        assertThat(mvc.perform(get("/admin/audit").session(organiser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
