package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** 2017 → 2019 from the Library's files: the pair, its winners and the backtest's scores. */
class ElectionPairTest {

    static final Path DATA = Path.of("../../shared/data");
    static final Path FILE_2017 = DATA.resolve("HoC-GE2017-results-by-constituency.csv");
    static final Path FILE_2019 = DATA.resolve("HoC-GE2019-results-by-constituency.csv");

    @Test
    void pairsTheSeatsOfGreatBritainWithoutTheSpeakersChangingSeats() {
        Backtest.Pair pair = ElectionFiles.pair(FILE_2017, FILE_2019);

        // 632 seats of Great Britain less Buckingham (the Speaker in 2017) and Chorley (in 2019)
        assertThat(pair.size()).isEqualTo(630);
        assertThat(pair.winners())
                .doesNotContainKeys(ConstituencyCode.of("E14000608"), ConstituencyCode.of("E14000637"));
        assertThat(pair.winners()).doesNotContainValue(Party.SPK);
    }

    @Test
    void scoresUniformSwingByRegionAgainstWinnersCountedFromTheFile() throws IOException {
        Backtest b = Backtest.run(ElectionFiles.pair(FILE_2017, FILE_2019), SwingModel.UNS, ModelOptions.DEFAULTS);

        // the 2019 winners as the file's "First party" column has them, read here without the engine
        var actual = new EnumMap<Party, Integer>(Party.class);
        var firstParty = Map.of(
                "Con",
                Party.CON,
                "Lab",
                Party.LAB,
                "LD",
                Party.LD,
                "Green",
                Party.GREEN,
                "SNP",
                Party.SNP,
                "PC",
                Party.PC);
        int correct = 0;
        try (Reader in = Files.newBufferedReader(FILE_2019)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
                String code = row.get("ONS ID");
                if (row.get("Country name").equals("Northern Ireland")
                        || code.equals("E14000608")
                        || code.equals("E14000637")) {
                    continue;
                }
                Party won = firstParty.get(row.get("First party"));
                actual.merge(won, 1, Integer::sum);
                if (b.predictions().get(ConstituencyCode.of(code)) == won) {
                    correct++;
                }
            }
        }
        assertThat(actual)
                .containsEntry(Party.CON, 364)
                .containsEntry(Party.LAB, 202)
                .containsEntry(Party.SNP, 48)
                .containsEntry(Party.LD, 11);
        for (Party party : Party.GB_MODEL) {
            assertThat(b.actualSeats().getOrDefault(party, 0))
                    .as(party.code())
                    .isEqualTo(actual.getOrDefault(party, 0));
        }
        assertThat(b.correct()).isEqualTo(correct);
        double error = 0;
        for (Party party : Party.GB_MODEL) {
            error += Math.abs(b.predictedSeats().getOrDefault(party, 0) - actual.getOrDefault(party, 0));
        }
        assertThat(b.meanAbsoluteSeatError()).isEqualTo(error / Party.GB_MODEL.size());
        // the score docs/models.md publishes
        assertThat(b.correct()).isEqualTo(594);
    }

    @Test
    void refusesFilesOnOtherBoundariesAndBadNumbersNamingTheLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        assertThatThrownBy(() -> ElectionFiles.pair(FILE_2019, DATA.resolve("HoC-GE2024-results-by-constituency.csv")))
                .hasMessageContaining("are not on the same boundaries");
        var lines = Files.readAllLines(FILE_2019);
        lines.set(3, lines.get(3).replaceFirst(",(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),", ",$1,$2,$3,$4,many,"));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);
        assertThatThrownBy(() -> ElectionFiles.constituencies(bad))
                .hasMessageContaining("bad.csv, line 4: column")
                .hasMessageContaining("must be a whole number of votes, not \"many\"");
        assertThatThrownBy(() -> ElectionFiles.constituencies(dir.resolve("none.csv")))
                .hasMessageContaining("none.csv: no such file");
    }
}
