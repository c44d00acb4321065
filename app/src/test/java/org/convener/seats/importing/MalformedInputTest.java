package org.convener.seats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.convener.ConvenerTest;
import org.convener.DatabaseFingerprint;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.DatasetOutcome;
import org.convener.platform.imports.DatasetOutcome.Status;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Damaged official files: each is refused with file, line, column and reason, and nothing changes. */
@ConvenerTest
class MalformedInputTest {

    static final String CONSTITUENCIES = "HoC-GE2024-results-by-constituency.csv";
    static final String CANDIDATES = "HoC-GE2024-results-by-candidate.csv";
    static final String NOTIONAL = "notional-general-election-2019-results-long.csv";
    static final String POLLS = "polls-gb-2024-07-to-2026-07-tidy.csv";

    @Autowired
    DatasetImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    Path data;

    @BeforeEach
    void officialDataImportedAndACopyToDamage() {
        OfficialData.imported(imports);
        data = OfficialData.copyTo(temp.resolve("data"));
    }

    @Test
    void aFileCutOffMidLineIsRefusedAsTruncated() throws IOException {
        byte[] bytes = Files.readAllBytes(data.resolve(CANDIDATES));
        int cut = bytes.length * 3 / 5;
        while (bytes[cut] == '\n' || bytes[cut - 1] == '\n' || bytes[cut] == ',' || bytes[cut - 1] == ',') {
            cut++;
        }
        Files.write(data.resolve(CANDIDATES), java.util.Arrays.copyOf(bytes, cut));
        int lastLine =
                (int) new String(bytes, 0, cut, StandardCharsets.UTF_8).lines().count();

        ImportProblem problem = refused("ge2024");

        assertThat(problem.file()).isEqualTo(CANDIDATES);
        assertThat(problem.line()).isEqualTo(lastLine);
        assertThat(problem.reason()).contains("expected 22 fields", "truncated");
    }

    @Test
    void aFileMissingWholeLinesIsRefusedAsTruncated() throws IOException {
        rewriteLines(CONSTITUENCIES, lines -> new ArrayList<>(lines.subList(0, 401)));

        ImportProblem problem = refused("ge2024");

        assertThat(problem.file()).isEqualTo(CONSTITUENCIES);
        assertThat(problem.reason()).contains("400 constituencies", "650", "truncated");
    }

    @Test
    void aWrongHeaderNamesTheMissingColumn() throws IOException {
        rewriteLines(CONSTITUENCIES, lines -> {
            lines.set(0, lines.get(0).replace("Valid votes", "Valid"));
            return lines;
        });

        ImportProblem problem = refused("ge2024");

        assertThat(problem).isEqualTo(new ImportProblem(CONSTITUENCIES, 1, "Valid votes", problem.reason()));
        assertThat(problem.reason()).startsWith("is missing from the header");
    }

    @Test
    void nonNumericVotesAreRefusedAtTheirLineAndColumn() throws IOException {
        rewriteLines(CANDIDATES, lines -> {
            lines.set(9, replaceField(lines.get(9), 18, "12x4"));
            return lines;
        });

        ImportProblem problem = refused("ge2024");

        assertThat(problem).isEqualTo(new ImportProblem(CANDIDATES, 10, "Votes", "\"12x4\" is not a whole number"));
    }

    @Test
    void nonNumericVotesInTheNotionalFileAreRefusedToo() throws IOException {
        rewriteLines(NOTIONAL, lines -> {
            lines.set(4, replaceField(lines.get(4), 12, "many"));
            return lines;
        });

        ImportProblem problem = refused("notional2019");

        assertThat(problem).isEqualTo(new ImportProblem(NOTIONAL, 5, "votes", "\"many\" is not a whole number"));
    }

    @Test
    void aDuplicateSeatIsRefusedNamingBothLines() throws IOException {
        rewriteLines(CONSTITUENCIES, lines -> {
            lines.add(lines.get(1));
            return lines;
        });

        ImportProblem problem = refused("ge2024");

        assertThat(problem.file()).isEqualTo(CONSTITUENCIES);
        assertThat(problem.line()).isEqualTo(652);
        assertThat(problem.column()).isEqualTo("ONS ID");
        assertThat(problem.reason()).isEqualTo("duplicate constituency W07000081, already on line 2");
    }

    @Test
    void anUnknownConstituencyCodeIsRefused() throws IOException {
        rewriteLines(CANDIDATES, lines -> {
            lines.set(99, replaceField(lines.get(99), 0, "E14009999"));
            return lines;
        });

        ImportProblem problem = refused("ge2024");

        assertThat(problem.file()).isEqualTo(CANDIDATES);
        assertThat(problem.line()).isEqualTo(100);
        assertThat(problem.column()).isEqualTo("ONS ID");
        assertThat(problem.reason()).startsWith("unknown constituency code \"E14009999\"");
    }

    @Test
    void anUnknownConstituencyInTheMpListIsRefused() throws IOException {
        rewriteLines("mp_lookup.csv", lines -> {
            lines.set(3, lines.get(3).replaceFirst("\"E14\\d{6}\"", "\"E14009998\""));
            return lines;
        });

        ImportProblem problem = refused("mps");

        assertThat(problem).isEqualTo(new ImportProblem("mp_lookup.csv", 4, "pcon_code", problem.reason()));
        assertThat(problem.reason()).startsWith("unknown constituency code \"E14009998\"");
    }

    @Test
    void anUnknownHexIsRefusedAtItsLine() throws IOException {
        rewriteLines("uk-constituencies-2023.hexjson", lines -> {
            lines.set(4, lines.get(4).replace("E14001074", "E14009997"));
            return lines;
        });

        ImportProblem problem = refused("hexmap");

        assertThat(problem)
                .isEqualTo(new ImportProblem(
                        "uk-constituencies-2023.hexjson",
                        5,
                        "E14009997",
                        "unknown constituency code: it is not one of the 2024 constituencies"));
    }

    @Test
    void brokenJsonIsRefusedAtItsLine() throws IOException {
        rewriteLines("uk-constituencies-2023.hexjson", lines -> {
            lines.set(6, lines.get(6).replace("\"q\":", "\"q\""));
            return lines;
        });

        ImportProblem problem = refused("hexmap");

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.reason()).startsWith("is not valid JSON");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(data.resolve("mp_lookup.csv"));
        int third = indexOfLine(bytes, 3);
        bytes[third + 1] = (byte) 0xFF;
        Files.write(data.resolve("mp_lookup.csv"), bytes);

        ImportProblem problem = refused("mps");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.reason()).contains("not valid UTF-8");
    }

    @Test
    void candidatesThatDoNotAddUpToTheValidVoteAreRefused() throws IOException {
        rewriteLines(CANDIDATES, lines -> {
            String[] fields = lines.get(1).split(",", -1);
            lines.set(1, replaceField(lines.get(1), 18, Integer.toString(Integer.parseInt(fields[18]) + 1)));
            return lines;
        });

        ImportProblem problem = refused("ge2024");

        assertThat(problem.file()).isEqualTo(CANDIDATES);
        assertThat(problem.reason()).contains("Aberafan Maesteg", "35756", "35755 valid votes");
    }

    @Test
    void aPollRepeatedLineForLineIsRefusedNamingTheFirst() throws IOException {
        rewriteLines(POLLS, lines -> {
            lines.add(lines.get(5));
            return lines;
        });
        int last = Files.readAllLines(data.resolve(POLLS)).size();

        ImportProblem problem = refused("polls");

        assertThat(problem.file()).isEqualTo(POLLS);
        assertThat(problem.line()).isEqualTo(last);
        assertThat(problem.reason())
                .startsWith("repeats the poll on line 6")
                .contains("pollster, client, area, fieldwork dates, sample size and shares");
    }

    @Test
    void anAbsurdlyLongPollsterNameIsRefusedAtItsLineAndField() throws IOException {
        rewriteLines(POLLS, lines -> {
            lines.set(3, replaceField(lines.get(3), 2, "Y".repeat(5_000_000)));
            return lines;
        });

        ImportProblem problem = refused("polls");

        assertThat(problem)
                .isEqualTo(new ImportProblem(
                        POLLS, 4, "pollster", "is 5,000,000 characters long; at most 100 are allowed"));
    }

    /** Imports the damaged copy, asserts the dataset failed and the database did not change. */
    private ImportProblem refused(String datasetId) {
        var before = DatabaseFingerprint.of(jdbc);
        List<DatasetOutcome> outcomes = imports.importAll(data, ImportProgress.SILENT);
        DatasetOutcome outcome = OfficialData.outcome(outcomes, datasetId);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).isNotEmpty();
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(outcomes)
                .filteredOn(
                        o -> !o.dataset().id().equals(datasetId) && !o.dataset().optional())
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.UNCHANGED));
        return outcome.problems().get(0);
    }

    private void rewriteLines(String file, UnaryOperator<List<String>> change) throws IOException {
        Path path = data.resolve(file);
        String text = Files.readString(path);
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        var lines = new ArrayList<>(List.of(text.split(separator, -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Files.writeString(path, String.join(separator, change.apply(lines)) + separator);
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static int indexOfLine(byte[] bytes, int line) {
        int current = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (current == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                current++;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }
}
