package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.OfficialData;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPost;
import org.convener.groups.OfficerPosts;
import org.convener.groups.Role;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Subject access export, erasure and retention, as UK GDPR asks of a record of political opinions. */
@ConvenerTest
class DataProtectionTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    People people;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    Groups groups;

    @Autowired
    OfficerPosts officerPosts;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    DatasetImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    private Group localGroup() {
        int n = SERIAL.incrementAndGet();
        return AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP,
                        "Privacy test group " + n,
                        "privacy-test-" + n,
                        null,
                        false,
                        List.of(new Group.Area("E14001193", null))));
    }

    private Person activist(String name) {
        int n = SERIAL.incrementAndGet();
        return AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        name,
                        PersonKind.ACTIVIST,
                        "E14001193",
                        "activist-" + n + "@example.net",
                        "07700 900" + String.format("%03d", 300 + n),
                        "1 Test Street, Derby",
                        "likes canvassing",
                        Set.of("driver"))));
    }

    @Test
    void erasureRemovesPersonalFieldsButKeepsMembershipsSoGrowthStaysTrue() throws Exception {
        Group group = localGroup();
        Person stays = activist("Rita Stays");
        Person goes = activist("Sam Leaves");
        AuditActor.as("test", () -> {
            groups.join(group.id(), stays.id(), Role.ORGANISER, LocalDate.of(2025, 1, 10));
            var membership = groups.join(group.id(), goes.id(), Role.MEMBER, LocalDate.of(2025, 2, 1));
            groups.leave(membership.id(), LocalDate.of(2025, 9, 30), "moved away");
            people.recordConsent(goes.id(), Channel.EMAIL, true, "sign-up form");
            OfficerPost secretary = officerPosts.createPost(group.id(), "Secretary", null);
            officerPosts.appoint(secretary.id(), goes.id(), LocalDate.of(2025, 3, 1));
            officerPosts.vacate(secretary.id(), LocalDate.of(2025, 9, 30));
        });
        var account =
                AuditActor.as("test", () -> accounts.create("sam-" + goes.id() + "@example.net", goes.id(), false));
        AuditActor.as(
                "test",
                () -> accounts.changePassword(
                        account.account().id(), account.oneTimePassword(), "sams own passphrase"));
        // Sam corrects their own phone number while signed in, so the log names them as an actor
        var session = DemoData.signIn(mvc, account.account().email(), "sams own passphrase");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/people/" + goes.id())
                .session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("fullName", "Sam Leaves")
                .param("email", goes.email())
                .param("phone", "07700 900999"));
        assertThat(people.find(goes.id()).orElseThrow().phone()).isEqualTo("07700 900999");
        assertThat(audit.search("person", "sam-", null, null, null, 1)).isNotEmpty();
        var growthBefore = groups.growth(group.id());
        int membershipsBefore = groups.memberships(group.id()).size();
        assertThat(audit.about(AuditLog.person(goes.id())))
                .anySatisfy(r -> assertThat(String.valueOf(r.after())).contains("Sam Leaves"));

        AuditActor.as("test", () -> dataProtection.erase(goes.id()));

        Person erased = people.find(goes.id()).orElseThrow();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.displayName()).isEqualTo("Erased person #" + goes.id());
        assertThat(erased.fullName()).doesNotContain("Sam");
        assertThat(erased.email()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.postalAddress()).isNull();
        assertThat(erased.notes()).isNull();
        assertThat(erased.constituencyCode()).isNull();
        assertThat(erased.tags()).isEmpty();
        assertThat(people.consentHistory(goes.id())).isEmpty();
        var closed = accounts.find(account.account().id()).orElseThrow();
        assertThat(closed.email()).doesNotContain("sam-");
        assertThat(closed.enabled()).isFalse();
        assertThat(closed.personId()).isNull();

        // the history and the counts are as they were
        assertThat(groups.memberships(group.id())).hasSize(membershipsBefore);
        assertThat(groups.growth(group.id())).isEqualTo(growthBefore);
        assertThat(officerPosts
                        .post(officerPosts.posts(group.id()).get(0).id())
                        .orElseThrow()
                        .holdings())
                .hasSize(1);
        assertThat(people.find(stays.id()).orElseThrow().fullName()).isEqualTo("Rita Stays");

        // what the audit log held about them can no longer be read, in the application or the database
        assertThat(audit.about(AuditLog.person(goes.id())))
                .filteredOn(r -> !r.action().equals("erased"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.erased()).isTrue();
                    assertThat(String.valueOf(r.before()) + r.after()).doesNotContain("Sam Leaves", "activist-");
                });
        List<String> stored = jdbc.queryForList(
                "select coalesce(before, '') || coalesce(after, '') from platform.audit_event where subject = ?",
                String.class,
                AuditLog.person(goes.id()));
        assertThat(stored).isNotEmpty().noneMatch(text -> text.contains("Sam Leaves"));
        assertThat(people.search("Sam Leaves", null, null, null, adminUser(), 1).people())
                .isEmpty();
        assertThat(audit.search(null, "sam-", null, null, null, 1)).isEmpty();
        assertThat(jdbc.queryForList("select actor from platform.audit_event", String.class))
                .noneMatch(a -> a.contains("sam-"));
    }

    @Test
    void theSubjectAccessExportHoldsTheRecordConsentMembershipsAndChanges() throws Exception {
        Group group = localGroup();
        Person person = activist("Nadia Export");
        AuditActor.as("test", () -> {
            groups.join(group.id(), person.id(), Role.MEMBER, LocalDate.of(2025, 4, 1));
            people.recordConsent(person.id(), Channel.PHONE, true, "agreed at a meeting");
            people.recordConsent(person.id(), Channel.PHONE, false, "asked not to be called");
        });
        var made = AuditActor.as(
                "test", () -> accounts.create("nadia-" + person.id() + "@example.net", person.id(), false));
        AuditActor.as(
                "test",
                () -> accounts.changePassword(
                        made.account().id(), made.oneTimePassword(), DemoData.PASSWORD + " nadia"));
        var session = DemoData.signIn(mvc, made.account().email(), DemoData.PASSWORD + " nadia");

        var response = mvc.perform(get("/people/" + person.id() + "/export").session(session))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("person-" + person.id() + ".json");
        JsonNode export = json.readTree(response.getContentAsString());
        assertThat(export.at("/person/name").asText()).isEqualTo("Nadia Export");
        assertThat(export.at("/person/email").asText()).isEqualTo(person.email());
        assertThat(export.at("/person/phone").asText()).isEqualTo(person.phone());
        assertThat(export.get("consent")).hasSize(2);
        assertThat(export.at("/consent/1/granted").asBoolean()).isFalse();
        assertThat(export.at("/account/email").asText())
                .isEqualTo(made.account().email());
        assertThat(export.get("memberships")).anySatisfy(m -> {
            assertThat(m.get("group").asText()).isEqualTo(group.name());
            assertThat(m.get("from").asText()).isEqualTo("2025-04-01");
        });
        assertThat(export.get("changes"))
                .anySatisfy(c -> assertThat(c.get("action").asText()).isEqualTo("created person"));
    }

    @Test
    void peopleWhoLeftLongerAgoThanTheRetentionPeriodAreDueForErasure() {
        Group group = localGroup();
        Person longGone = activist("Olive Longgone");
        Person recent = activist("Pat Recent");
        Person current = activist("Quinn Current");
        LocalDate today = groups.today();
        AuditActor.as("test", () -> {
            var old = groups.join(group.id(), longGone.id(), Role.MEMBER, today.minusMonths(40));
            groups.leave(old.id(), today.minusMonths(30), null);
            var newer = groups.join(group.id(), recent.id(), Role.MEMBER, today.minusMonths(20));
            groups.leave(newer.id(), today.minusMonths(3), null);
            groups.join(group.id(), current.id(), Role.MEMBER, today.minusMonths(40));
        });

        var due = dataProtection.dueForErasure(24).stream().map(Person::id).toList();

        assertThat(due).contains(longGone.id()).doesNotContain(recent.id(), current.id());
        assertThat(dataProtection.dueForErasure(1))
                .noneMatch(p -> p.kind() == PersonKind.STAKEHOLDER || p.kind() == PersonKind.MP);
        assertThat(dataProtection.dueForErasure(2).stream().map(Person::id).toList())
                .contains(longGone.id(), recent.id())
                .doesNotContain(current.id());
    }

    private static org.convener.platform.CurrentUser adminUser() {
        return new org.convener.platform.CurrentUser(
                0, "admin@example.net", null, Set.of(org.convener.platform.CurrentUser.ADMIN));
    }
}
