package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.REVISED_CODES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.ConstituencyCode;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.Problems;

/**
 * Five Scottish constituencies had provisional ONS codes when the notional results and the hex
 * map were made; ONS later issued final ones. This maps the provisional codes to the final.
 */
final class ProvisionalCodes {

    static final DataFile FILE = DataFile.at(REVISED_CODES, SeatSources.PSEPHOLOGY + "revised_constituency_ids.csv");
    private static final List<String> COLUMNS = List.of("provisional_code", "constituency_name", "final_code");

    private final Map<String, String> finalCodes;

    private ProvisionalCodes(Map<String, String> finalCodes) {
        this.finalCodes = finalCodes;
    }

    static ProvisionalCodes read(DatasetFiles files) {
        var map = new HashMap<String, String>();
        var problems = new Problems();
        for (CsvRow row : files.headerOptionalCsv(REVISED_CODES, COLUMNS).rows()) {
            problems.check(() -> {
                String provisional = row.text("provisional_code");
                String finalCode = row.text("final_code");
                if (!ConstituencyCode.isValid(provisional)) {
                    throw row.fail("provisional_code", "\"" + provisional + "\" is not a constituency code");
                }
                if (!ConstituencyCode.isValid(finalCode)) {
                    throw row.fail("final_code", "\"" + finalCode + "\" is not a constituency code");
                }
                if (map.putIfAbsent(provisional, finalCode) != null) {
                    throw row.fail("provisional_code", "duplicate provisional code " + provisional);
                }
            });
        }
        problems.throwIfAny();
        return new ProvisionalCodes(Map.copyOf(map));
    }

    /** The final code for a code that may be provisional. */
    String finalCode(String code) {
        return finalCodes.getOrDefault(code, code);
    }
}
