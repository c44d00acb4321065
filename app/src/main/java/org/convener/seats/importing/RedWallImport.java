package org.convener.seats.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convener.engine.ConstituencyCode;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.springframework.stereotype.Component;

/**
 * The red-wall seat set: the 2024 seats that succeed the constituencies the Conservatives gained
 * from Labour in 2019 in the North, the Midlands and Wales.
 */
@Component
class RedWallImport implements DatasetImporter {

    static final String FILE = "red-wall-2019-con-gains-from-lab-derived.csv";
    static final String SET = "redwall";
    private static final List<String> COLUMNS =
            List.of("ons_code_2019", "constituency_2019", "main_successor_ons_code_2024");

    private static final Dataset DATASET = new Dataset(
            SET,
            "Red wall: the 2024 successors of the 2019 Conservative gains from Labour",
            "Derived from the House of Commons Library's 2019 and 2024 results and UK Parliament's boundary overlaps",
            SeatSources.OPEN_PARLIAMENT_LICENCE,
            SeatSources.PARLIAMENT_ATTRIBUTION,
            List.of(DataFile.local(FILE)),
            List.of(SeatSources.GE2024));

    private final ResultStore results;
    private final SeatSets sets;
    private final Clock clock;

    RedWallImport(ResultStore results, SeatSets sets, Clock clock) {
        this.results = results;
        this.sets = sets;
        this.clock = clock;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        Set<String> known = results.constituencyCodes();
        progress.stage("reading " + FILE);
        var codes = new HashSet<ConstituencyCode>();
        var problems = new Problems();
        for (CsvRow row : files.csv(FILE, COLUMNS).rows()) {
            problems.check(() -> {
                String code = row.text("main_successor_ons_code_2024");
                if (!known.contains(code)) {
                    throw row.fail("main_successor_ons_code_2024", "unknown constituency code \"" + code + "\"");
                }
                codes.add(ConstituencyCode.of(code));
            });
        }
        problems.throwIfAny();
        sets.replace(new SeatSet(
                SET,
                "Red wall",
                "The 2024 seats succeeding the " + codes.size()
                        + " constituencies in the North, the Midlands and Wales that the"
                        + " Conservatives gained from Labour in 2019 (each 2019 seat's main successor by population).",
                SeatSet.Origin.DATASET,
                clock.instant(),
                codes));
        return new ImportSummary(codes.size(), codes.size() + " seats in the red-wall set", new ArrayList<>());
    }
}
