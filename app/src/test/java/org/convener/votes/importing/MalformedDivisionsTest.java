package org.convener.votes.importing;

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
import org.convener.platform.imports.DatasetOutcome.Status;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Damaged division files: each is refused with file, line, column and reason, and nothing changes. */
@ConvenerTest
class MalformedDivisionsTest {

    static final String DIVISIONS = "commons-divisions-2024-parliament.csv";
    static final String VOTES = "commons-division-votes-2024-parliament.csv";

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
    void aVoteInAnUnknownDivisionIsRefused() throws IOException {
        rewrite(VOTES, lines -> {
            lines.set(40, lines.get(40).replaceFirst("^1827,", "1699,"));
            return lines;
        });

        assertThat(refused())
                .isEqualTo(new ImportProblem(
                        VOTES, 41, "commons_votes_division_id", "unknown division id 1699: it is not in " + DIVISIONS));
    }

    @Test
    void aVoteThatIsNotAyeNoOrBothIsRefused() throws IOException {
        rewrite(VOTES, lines -> {
            lines.set(100, lines.get(100).replace(",aye,0,", ",abstain,0,").replace(",no,0,", ",abstain,0,"));
            return lines;
        });

        assertThat(refused()).isEqualTo(new ImportProblem(VOTES, 101, "vote", "\"abstain\" is not aye, no or both"));
    }

    @Test
    void anUnknownMpIdIsRefused() throws IOException {
        rewrite(VOTES, lines -> {
            lines.set(7, lines.get(7).replaceFirst("^(\\d+,[^,]+,\\d+),\\d+,[^,]+,", "$1,99999,Nobody Atall,"));
            return lines;
        });

        ImportProblem problem = refused();

        assertThat(problem.file()).isEqualTo(VOTES);
        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.column()).isEqualTo("mnis_id");
        assertThat(problem.reason())
                .isEqualTo(
                        "unknown MP id 99999 (Nobody Atall): not in the Members list, and no winner of the 2024 general "
                                + "election or a by-election since has that name");
    }

    @Test
    void aSittingMpsNameUnderAnotherIdIsRefused() throws IOException {
        rewrite(VOTES, lines -> {
            // Alan Mak's vote in the first division, under an id the Members list does not give him
            lines.set(1, lines.get(1).replace(",4484,Alan Mak,", ",99998,Alan Mak,"));
            return lines;
        });

        assertThat(refused())
                .isEqualTo(new ImportProblem(
                        VOTES, 2, "mnis_id", "unknown MP id 99998: the Members list gives Alan Mak the id 4484"));
    }

    @Test
    void totalsThatTheVotesDoNotAddUpToAreRefused() throws IOException {
        rewrite(DIVISIONS, lines -> {
            // division 1827: 111 ayes in the list, so the file may not say 112
            lines.set(1, lines.get(1).replace(",111,390,2,2,111,390,True,", ",112,390,2,2,112,390,True,"));
            return lines;
        });

        assertThat(refused())
                .isEqualTo(new ImportProblem(
                        DIVISIONS, 2, "aye_total", "says 112 but " + VOTES + " has 111 for division 1827"));
    }

    @Test
    void anMpVotingTwiceInOneDivisionIsRefused() throws IOException {
        rewrite(VOTES, lines -> {
            lines.add(lines.get(1));
            return lines;
        });

        ImportProblem problem = refused();

        assertThat(problem.line()).isEqualTo(87_963);
        assertThat(problem.reason()).isEqualTo("Alan Mak (4484) already has a vote in division 1827");
    }

    /** Imports the damaged copy and returns its one problem, having checked that nothing changed. */
    private ImportProblem refused() {
        var before = DatabaseFingerprint.of(jdbc);

        var outcome = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-divisions");

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(outcome.problems()).hasSize(1);
        return outcome.problems().get(0);
    }

    private void rewrite(String file, UnaryOperator<List<String>> change) throws IOException {
        Path path = data.resolve(file);
        var lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        Files.write(path, change.apply(lines), StandardCharsets.UTF_8);
    }
}
