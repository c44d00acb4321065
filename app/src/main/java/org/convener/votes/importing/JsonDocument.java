package org.convener.votes.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;

/**
 * A JSON document that knows the line each value is on, so that a problem with a field is reported
 * by file, line, field (as a JSON pointer such as {@code /Ayes/3/MemberId}) and reason.
 */
final class JsonDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    static JsonDocument parse(String file, String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ImportException(ImportProblem.inFile(file, "the document is empty"));
            }
            return new JsonDocument(file, root, lines(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(
                    new ImportProblem(file, Math.max(line, 0), null, "is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private static Map<String, Integer> lines(String text) {
        var lines = new HashMap<String, Integer>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(
                        parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** A problem with the value at {@code pointer}, located at its line (or its parent's, when absent). */
    ImportException fail(String pointer, String reason) {
        String at = pointer;
        Integer line = lines.get(at);
        while (line == null && at.contains("/")) {
            at = at.substring(0, at.lastIndexOf('/'));
            line = lines.get(at);
        }
        return new ImportException(new ImportProblem(file, line == null ? 0 : line, pointer, reason));
    }

    /** The whole number at {@code pointer}, or a problem saying why it is not one. */
    int wholeNumber(String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw fail(pointer, "is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw fail(pointer, node + " is not a whole number");
        }
        return node.intValue();
    }

    String text(String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw fail(pointer, node.isMissingNode() || node.isNull() ? "is missing" : node + " is not text");
        }
        return node.asText().trim();
    }

    String optionalText(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isTextual() && !node.asText().isBlank() ? node.asText().trim() : null;
    }

    boolean yesNo(String pointer, boolean otherwise) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            throw fail(pointer, node + " is neither true nor false");
        }
        return node.booleanValue();
    }
}
