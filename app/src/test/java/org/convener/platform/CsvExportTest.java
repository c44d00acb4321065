package org.convener.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** CSV for download: cells a spreadsheet would run as formulas go out as text. */
class CsvExportTest {

    @Test
    void formulaLeadingCellsGetAQuoteAndNumbersKeepTheirForm() throws Exception {
        var out = new StringWriter();
        try (var csv = CsvExport.to(out, "a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            csv.row(
                    "=HYPERLINK(\"http://evil.example\",\"x\")",
                    "+44 7700 900123",
                    "-1+2",
                    "@SUM(A1)",
                    "\tx",
                    "\rx",
                    -3.5,
                    "-3.5",
                    "Plain, with a comma");
        }
        var record = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords()
                .get(0);
        assertThat(record.toList())
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example\",\"x\")",
                        "'+44 7700 900123",
                        "'-1+2",
                        "'@SUM(A1)",
                        "'\tx",
                        "'\rx",
                        "-3.5",
                        "-3.5",
                        "Plain, with a comma");
    }

    @Test
    void everyCsvConvenerWritesGoesThroughCsvExport() throws Exception {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.endsWith(Path.of("org/convener/platform/CsvExport.java")))
                            .filter(f -> read(f).contains("CSVPrinter") || read(f).contains(".print("))
                            .filter(f -> read(f).contains("org.apache.commons.csv")))
                    .as("classes writing CSV without CsvExport")
                    .isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
