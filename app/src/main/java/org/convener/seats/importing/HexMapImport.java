package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.HEX_MAP;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.platform.imports.BatchInserts;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hex cartogram of the 2024 constituencies. Read as a token stream so that an error names the
 * line it is on.
 */
@Component
class HexMapImport implements DatasetImporter {

    private static final Dataset DATASET = new Dataset(
            "hexmap",
            "Hex cartogram of the 2024 Westminster constituencies",
            "Open Innovations (ODI Leeds), odileeds/hexmaps",
            "MIT licence",
            "Hex map © Open Innovations (ODI Leeds), MIT licence.",
            List.of(
                    DataFile.at(
                            HEX_MAP,
                            "https://raw.githubusercontent.com/odileeds/hexmaps/main/maps/uk-constituencies-2023.hexjson"),
                    ProvisionalCodes.FILE),
            List.of(SeatSources.GE2024));

    private final ResultStore results;
    private final JdbcClient db;
    private final BatchInserts batches;

    HexMapImport(ResultStore results, JdbcClient db, BatchInserts batches) {
        this.batches = batches;
        this.results = results;
        this.db = db;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    private record Hex(String code, int q, int r, int line) {}

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        var codes = ProvisionalCodes.read(files);
        Set<String> known = results.constituencyCodes();
        progress.stage("reading " + HEX_MAP);
        List<Hex> hexes = parse(files.text(HEX_MAP), codes, known);

        var problems = new Problems();
        var byCode = new LinkedHashMap<String, Hex>();
        var byPosition = new HashMap<String, Hex>();
        for (Hex hex : hexes) {
            Hex earlier = byCode.putIfAbsent(hex.code(), hex);
            if (earlier != null) {
                problems.add(new ImportProblem(
                        HEX_MAP, hex.line(), hex.code(), "duplicate hex, already on line " + earlier.line()));
                continue;
            }
            Hex occupant = byPosition.putIfAbsent(hex.q() + "," + hex.r(), hex);
            if (occupant != null) {
                problems.add(new ImportProblem(
                        HEX_MAP,
                        hex.line(),
                        hex.code(),
                        "takes position q=" + hex.q() + ", r=" + hex.r() + ", already held by " + occupant.code()
                                + " on line " + occupant.line()));
            }
        }
        problems.throwIfAny();
        var missing = known.stream()
                .filter(code -> !byCode.containsKey(code))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(
                    HEX_MAP, "has no hex for " + missing.size() + " constituencies, e.g. " + missing.get(0)));
        }
        progress.stage("storing " + byCode.size() + " hexes");
        db.sql("delete from seats.hex").update();
        batches.insert(
                "insert into seats.hex (constituency_code, q, r) values (?, ?, ?)",
                byCode.values().stream()
                        .map(h -> new Object[] {h.code(), h.q(), h.r()})
                        .toList());
        return new ImportSummary(byCode.size(), byCode.size() + " hexes", List.of());
    }

    private static List<Hex> parse(String text, ProvisionalCodes codes, Set<String> known) {
        var hexes = new ArrayList<Hex>();
        var problems = new Problems();
        String layout = null;
        try (JsonParser json = new JsonFactory().createParser(text)) {
            expect(json, json.nextToken() == JsonToken.START_OBJECT, "the file is not a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "layout" -> layout = json.getValueAsString();
                    case "hexes" -> readHexes(json, codes, known, hexes, problems);
                    default -> json.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            throw new ImportException(new ImportProblem(
                    HEX_MAP,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null,
                    "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(ImportProblem.inFile(HEX_MAP, "could not be read: " + e.getMessage()));
        }
        problems.throwIfAny();
        if (!"odd-r".equals(layout)) {
            throw new ImportException(
                    ImportProblem.inFile(HEX_MAP, "has layout \"" + layout + "\"; Convener draws the odd-r layout"));
        }
        if (hexes.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(HEX_MAP, "has no \"hexes\""));
        }
        return hexes;
    }

    private static void readHexes(
            JsonParser json, ProvisionalCodes codes, Set<String> known, List<Hex> hexes, Problems problems)
            throws IOException {
        expect(json, json.currentToken() == JsonToken.START_OBJECT, "\"hexes\" is not an object");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String rawCode = json.currentName();
            int line = json.currentLocation().getLineNr();
            json.nextToken();
            Map<String, Object> fields = readHex(json);
            String code = codes.finalCode(rawCode);
            if (!known.contains(code)) {
                problems.add(new ImportProblem(
                        HEX_MAP, line, rawCode, "unknown constituency code: it is not one of the 2024 constituencies"));
                continue;
            }
            if (!(fields.get("q") instanceof Integer q) || !(fields.get("r") instanceof Integer r)) {
                problems.add(
                        new ImportProblem(HEX_MAP, line, rawCode, "needs whole-number \"q\" and \"r\" coordinates"));
                continue;
            }
            hexes.add(new Hex(code, q, r, line));
        }
    }

    private static Map<String, Object> readHex(JsonParser json) throws IOException {
        var fields = new HashMap<String, Object>();
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return fields;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_NUMBER_INT) {
                fields.put(name, json.getIntValue());
            } else if (value.isScalarValue()) {
                fields.put(name, json.getValueAsString());
            } else {
                json.skipChildren();
            }
        }
        return fields;
    }

    private static void expect(JsonParser json, boolean condition, String reason) {
        if (!condition) {
            throw new ImportException(
                    new ImportProblem(HEX_MAP, json.currentLocation().getLineNr(), null, reason));
        }
    }
}
