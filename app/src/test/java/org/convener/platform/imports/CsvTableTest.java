package org.convener.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void rowsKnowTheirLineEvenAfterQuotedCommasAndBlankLines() {
        var table = CsvTable.withHeader("f.csv", "a,b\r\n1,\"x, y\"\r\n\r\n2,z\r\n", List.of("a", "b"));

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).text("b")).isEqualTo("x, y");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWarnedOfWithLineAndColumn() {
        var table = CsvTable.withHeader(
                "f.csv",
                "name,phone,change\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+44 7700 900123,-3.5\n@SUM(A1),\"\tx\",5\n",
                List.of("name"));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.formulaWarnings())
                .extracting(p -> p.line() + " " + p.column() + " " + p.reason().substring(0, 15))
                .containsExactly(
                        "2 name begins with \"=\"",
                        "2 phone begins with \"+\"",
                        "3 name begins with \"@\"",
                        "3 phone begins with a t");
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderFound() {
        assertThatThrownBy(() -> CsvTable.withHeader("f.csv", "a,c\n1,2\n", List.of("a", "b")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new ImportProblem(
                                        "f.csv", 1, "b", "is missing from the header (the header has: a, c)")));
    }

    @Test
    void aShortLastRowIsReportedAsTruncation() {
        assertThatThrownBy(() -> CsvTable.withHeader("f.csv", "a,b,c\n1,2,3\n4,5", List.of("a")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new ImportProblem(
                                        "f.csv", 3, null, "expected 3 fields but found 2; the file looks truncated")));
    }

    @Test
    void anUnclosedQuoteIsReportedAsTruncation() {
        assertThatThrownBy(() -> CsvTable.withHeader("f.csv", "a,b\n1,\"open", List.of("a")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems().get(0).reason()).contains("never closed", "truncated"));
    }

    @Test
    void aHeaderlessFileIsReadByPosition() {
        var table = CsvTable.headerOptional("f.csv", "S1,x,S2\nS3,y,S4\n", List.of("provisional", "name", "final"));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).text("final")).isEqualTo("S4");
        assertThat(table.rows().get(0).line()).isEqualTo(1);
    }

    @Test
    void anOptionalHeaderIsSkippedWhenPresent() {
        var table = CsvTable.headerOptional(
                "f.csv", "provisional,name,final\nS1,x,S2\n", List.of("provisional", "name", "final"));

        assertThat(table.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.line()).isEqualTo(2));
    }

    @Test
    void emptyFilesAreRefused() {
        assertThatThrownBy(() -> CsvTable.withHeader("f.csv", "  \n", List.of("a")))
                .hasMessage("f.csv: the file is empty");
        assertThatThrownBy(() -> CsvTable.withHeader("f.csv", "a,b\n", List.of("a")))
                .hasMessage("f.csv: the file has a header but no data rows");
    }

    @Test
    void typedValuesNameTheirColumnWhenWrong() {
        var row = CsvTable.withHeader("f.csv", "n,d,y\n1x,2024-13-01,maybe\n", List.of("n"))
                .rows()
                .get(0);

        assertThatThrownBy(() -> row.wholeNumber("n"))
                .hasMessage("f.csv, line 2, column \"n\": \"1x\" is not a whole number");
        assertThatThrownBy(() -> row.date("d", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD"))
                .hasMessage("f.csv, line 2, column \"d\": \"2024-13-01\" is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> row.yesNo("y")).hasMessageContaining("neither Yes nor No");
    }

    @Test
    void thousandsSeparatorsOnlyWhereAllowed() {
        var row = CsvTable.withHeader("f.csv", "n\n\"37,508\"\n", List.of("n"))
                .rows()
                .get(0);

        assertThat(row.wholeNumberAllowingSeparators("n")).isEqualTo(37_508);
        assertThatThrownBy(() -> row.wholeNumber("n")).isInstanceOf(ImportException.class);
    }

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        byte[] bytes = "\uFEFFname\nÁine\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DatasetFiles.decode("f.csv", bytes)).isEqualTo("name\nÁine\n");
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};

        assertThatThrownBy(() -> DatasetFiles.decode("f.csv", bytes))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems().get(0).line()).isEqualTo(3));
    }
}
