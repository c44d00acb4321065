package org.convener.groups.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.OfficialData;
import org.convener.demo.Demo;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Members from CSV: a preview with every problem located, de-duplication, and all or nothing. */
@ConvenerTest
class MemberImportsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MemberImports imports;

    @Autowired
    Groups groups;

    @Autowired
    People people;

    @Autowired
    DatasetImports datasets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    Group group;

    @BeforeEach
    void group() {
        OfficialData.imported(datasets);
        int n = SERIAL.incrementAndGet();
        group = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP,
                        "Import test group " + n,
                        "import-test-" + n,
                        null,
                        false,
                        List.of(new Group.Area("E14001194", null))));
    }

    private long upload(String text) {
        return imports.upload(group, "members.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void aMalformedFileIsReportedLineByLineAndNothingIsImported() {
        long batch = upload("""
                full_name,email,phone,constituency_code,role,joined_on,consent_email,consent_method
                Ada Good,ada.good@example.net,07700 900401,E14001194,member,2025-03-01,yes,paper form
                ,nameless@example.net,,,,,,
                Ben Bad,not-an-email,,,,,,
                Cy Code,cy@example.net,,E99999999,,,,
                Di Role,di@example.net,,,convener,,,
                Ed Date,ed@example.net,,,,01/03/2025,,
                Flo Consent,flo@example.net,,,,,maybe,form
                Gus Twice,ada.good@example.net,,,,,,
                Hal Future,hal@example.net,,,,2099-01-01,,
                Ivy Method,ivy@example.net,,,,,yes,
                """);
        long people = count("people.person");
        long memberships = count("groups.membership");
        long audited = count("platform.audit_event");

        var preview = imports.preview(group, batch).orElseThrow();

        assertThat(preview.ready()).isFalse();
        assertThat(preview.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "full_name"),
                        org.assertj.core.groups.Tuple.tuple(4, "email"),
                        org.assertj.core.groups.Tuple.tuple(5, "constituency_code"),
                        org.assertj.core.groups.Tuple.tuple(6, "role"),
                        org.assertj.core.groups.Tuple.tuple(7, "joined_on"),
                        org.assertj.core.groups.Tuple.tuple(8, "consent_email"),
                        org.assertj.core.groups.Tuple.tuple(9, "email"),
                        org.assertj.core.groups.Tuple.tuple(10, "joined_on"),
                        org.assertj.core.groups.Tuple.tuple(11, "consent_method"));
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("members.csv"));
        assertThat(preview.problems().stream().map(ImportProblem::toString))
                .contains(
                        "members.csv, line 4, column \"email\": \"not-an-email\" is not an email address",
                        "members.csv, line 5, column \"constituency_code\": \"E99999999\" is not a 2024 constituency code",
                        "members.csv, line 6, column \"role\": local groups have no conveners (the roles are member or organiser)",
                        "members.csv, line 9, column \"email\": ada.good@example.net is also on line 2",
                        "members.csv, line 10, column \"joined_on\": a membership cannot start in the future");

        assertThatThrownBy(() -> imports.commit(group, batch)).isInstanceOf(ImportException.class);
        assertThat(count("people.person")).isEqualTo(people);
        assertThat(count("groups.membership")).isEqualTo(memberships);
        assertThat(count("platform.audit_event")).isEqualTo(audited);
    }

    @Test
    void aLineWithTooFewFieldsHidesNoOtherProblemAndUnknownColumnsAreWarnedOf() {
        var preview = imports.preview(group, upload("""
                        full_name,email,membership_no,consent_email
                        Ada Short,ada.short@example.net
                        Ben Bad,not-an-email,17,
                        Cy Fine,cy.fine@example.net,18,no
                        """)).orElseThrow();
        assertThat(preview.ready()).isFalse();
        assertThat(preview.problems().stream().map(ImportProblem::toString))
                .containsExactly(
                        "members.csv, line 2: expected 4 fields but found 2",
                        "members.csv, line 3, column \"email\": \"not-an-email\" is not an email address");
        assertThat(preview.rows())
                .as("a refusal of consent needs no account of how it was given")
                .singleElement()
                .satisfies(r -> assertThat(r.draft().fullName()).isEqualTo("Cy Fine"));
        assertThat(preview.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.toString())
                        .startsWith("members.csv, line 1, column \"membership_no\": is not a column Convener reads"));
    }

    @Test
    void aWindows1252FileFromExcelIsReadAndAnUnreadableOneSaysHowToSaveAsUtf8() {
        byte[] excel = "full_name,email\r\nZo\u00eb Br\u00fbl\u00e9,zoe@example.net\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var preview = imports.preview(group, imports.upload(group, "excel.csv", excel))
                .orElseThrow();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).draft().fullName()).isEqualTo("Zo\u00eb Br\u00fbl\u00e9");

        byte[] neither = {'f', 'u', 'l', 'l', '_', 'n', 'a', 'm', 'e', '\n', 'A', (byte) 0x81, (byte) 0xC3, '\n'};
        assertThatThrownBy(() -> imports.upload(group, "odd.csv", neither))
                .hasMessageContaining("neither UTF-8 nor Windows-1252")
                .hasMessageContaining("CSV UTF-8 (Comma delimited)");
    }

    @Test
    void theTemplateCsvImportsCleanlyAsItsOneExampleRow() {
        var template = MemberImports.template(groups.today());
        var preview = imports.preview(group, upload(template)).orElseThrow();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.warnings()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.draft().fullName()).isEqualTo("Sam Example");
            assertThat(r.consent()).containsEntry(org.convener.people.Channel.EMAIL, true);
        });
        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", MemberImports.COLUMNS));
    }

    @Test
    void aFileWithTheWrongHeaderSaysWhichColumnIsMissing() {
        var preview = imports.preview(group, upload("name,mail\nAda,ada@example.net\n"))
                .orElseThrow();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("full_name", "is missing from the header"));
    }

    @Test
    void aGoodFileMatchesPeopleByEmailOrNameAndConstituencyAndCommitsOnce() {
        int n = SERIAL.incrementAndGet();
        var known = AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        "Known Person " + n,
                        PersonKind.ACTIVIST,
                        null,
                        "known-" + n + "@example.net",
                        null,
                        null,
                        null,
                        Set.of())));
        var namesake = AuditActor.as(
                "test",
                () -> people.create(new PersonDraft(
                        "Named Person " + n, PersonKind.ACTIVIST, "E14001194", null, null, null, null, Set.of())));
        String file = """
                full_name,email,phone,constituency_code,tags,role,joined_on,consent_email,consent_phone,consent_method
                Known Person %1$d,KNOWN-%1$d@example.net,07700 900501,,steward,member,2025-02-01,yes,,March meeting sign-up sheet
                Named Person %1$d,,,E14001194,,organiser,2025-02-02,,,
                New Person %1$d,new-%1$d@example.net,07700 900502,E14001194,driver;leafleting,,2025-02-03,yes,no,March meeting sign-up sheet
                """.formatted(n);
        long batch = upload(file);

        var preview = imports.preview(group, batch).orElseThrow();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ready()).isTrue();
        assertThat(preview.newPeople()).isEqualTo(1);
        assertThat(preview.rows())
                .extracting(MemberImports.Row::matchedBy)
                .containsExactly("same email", "same name and constituency", null);

        long before = count("people.person");
        assertThat(imports.commit(group, batch)).isEqualTo(3);

        assertThat(count("people.person")).isEqualTo(before + 1);
        var members = groups.currentMemberships(group.id());
        assertThat(members).hasSize(3);
        assertThat(members)
                .filteredOn(m -> m.personId() == namesake.id())
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.ORGANISER));
        var updated = people.find(known.id()).orElseThrow();
        assertThat(updated.phone()).isEqualTo("07700 900501");
        assertThat(updated.tags()).contains("steward");
        assertThat(people.consents(known.id()).get(Channel.EMAIL).method()).isEqualTo("March meeting sign-up sheet");
        var added = people.findByEmail("new-" + n + "@example.net").orElseThrow();
        assertThat(added.tags()).containsExactlyInAnyOrder("driver", "leafleting");
        assertThat(people.consents(added.id()).get(Channel.PHONE).granted()).isFalse();

        assertThat(imports.preview(group, batch).orElseThrow().committed()).isTrue();
        assertThatThrownBy(() -> imports.commit(group, batch)).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select content from groups.import_batch where id = ?", String.class, batch))
                .isEmpty();
    }

    @Test
    void theOrganiserUploadsPreviewsCommitsAndExportsThroughTheWeb() throws Exception {
        DemoData.loaded(datasets, demo, accounts, cli);
        var organiser = DemoData.signIn(mvc, DemoData.DONCASTER_ORGANISER);
        String slug = "/groups/" + Demo.DONCASTER;
        var bad = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "full_name,email\nWes Wrong,wrong-at-example\n".getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(
                        multipart(slug + "/import").file(bad).with(csrf()).session(organiser))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith(slug + "/import/");
        String page = mvc.perform(get(preview).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "<td class=\"num\">2</td><td>email</td>",
                        "is not an email address",
                        "nothing will be imported");
        var refused = mvc.perform(post(preview).with(csrf()).session(organiser))
                .andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo(preview);
        assertThat(people.findByEmail("wrong-at-example")).isEmpty();

        var good = new MockMultipartFile(
                "file",
                "good.csv",
                "text/csv",
                "full_name,email\nXena Web,xena.web@example.net\n".getBytes(StandardCharsets.UTF_8));
        String goodPreview = mvc.perform(
                        multipart(slug + "/import").file(good).with(csrf()).session(organiser))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var committed = mvc.perform(post(goodPreview).with(csrf()).session(organiser))
                .andReturn()
                .getResponse();
        assertThat(committed.getRedirectedUrl()).isEqualTo(slug);

        var csv = mvc.perform(get(slug + "/members.csv").session(organiser))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv.getContentAsString()))
                .getRecords();
        assertThat(records)
                .extracting(r -> r.get("email"))
                .contains("xena.web@example.net", "karen.holroyd@example.org");
        assertThat(records)
                .filteredOn(r -> r.get("full_name").equals("Karen Holroyd"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("role")).isEqualTo("organiser");
                    assertThat(r.get("consent_email")).isEqualTo("yes");
                });
    }
}
