package org.convener.votes.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.imports.DocumentDownload;
import org.convener.platform.imports.ImportProgress;
import org.springframework.stereotype.Component;

/**
 * Keeps the folder of Commons Votes documents current: reads the service's index of divisions since
 * the 2024 general election a page at a time, then fetches each division that is new or has been
 * republished since it was last fetched.
 */
@Component
class CommonsVotesDownload implements DocumentDownload {

    static final String SINCE = "2024-07-04";
    /** The most the service returns per page. */
    static final int PAGE = 25;
    /** More pages than any Parliament needs: a guard against an index that never ends. */
    private static final int MOST_PAGES = 2_000;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String datasetId() {
        return CommonsVotesImport.DATASET.id();
    }

    @Override
    public String fetch(Fetcher fetcher, Path folder, ImportProgress progress)
            throws IOException, InterruptedException {
        progress.stage("reading the Commons Votes index of divisions since " + SINCE);
        Map<Integer, String> index = index(fetcher);
        progress.stage("fetching " + index.size() + " division documents");
        int fresh = 0;
        int done = 0;
        for (var entry : index.entrySet()) {
            progress.advance(done++, index.size());
            Path file = folder.resolve("division-" + entry.getKey() + ".json");
            if (Files.isRegularFile(file) && published(file).equals(entry.getValue())) {
                continue;
            }
            URI address = URI.create(CommonsVotesImport.SERVICE + "/data/division/" + entry.getKey() + ".json");
            byte[] body = fetcher.get(address);
            JsonNode division = readJson(address, body);
            if (!division.isObject() || division.path("DivisionId").asInt() != entry.getKey()) {
                throw new IOException(address + " did not return division " + entry.getKey());
            }
            Path partial = folder.resolve(file.getFileName() + ".part");
            Files.write(partial, body);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            fresh++;
        }
        progress.advance(index.size(), index.size());
        return index.size() + " divisions, " + fresh + " of them new or republished";
    }

    /** Every division's id with when it was last published, from the paged index. */
    private Map<Integer, String> index(Fetcher fetcher) throws IOException, InterruptedException {
        var index = new LinkedHashMap<Integer, String>();
        for (int page = 0; page < MOST_PAGES; page++) {
            URI address = URI.create(CommonsVotesImport.SERVICE
                    + "/data/divisions.json/search?queryParameters.startDate=" + SINCE + "&queryParameters.skip="
                    + page * PAGE + "&queryParameters.take=" + PAGE);
            JsonNode divisions = readJson(address, fetcher.get(address));
            if (!divisions.isArray()) {
                throw new IOException(address + " did not return a list of divisions");
            }
            for (JsonNode division : divisions) {
                int id = division.path("DivisionId").asInt();
                if (id <= 0) {
                    throw new IOException(address + " lists a division without a DivisionId");
                }
                index.put(id, division.path("PublicationUpdated").asText(""));
            }
            if (divisions.size() < PAGE) {
                return index;
            }
        }
        throw new IOException("the Commons Votes index did not end after " + MOST_PAGES + " pages");
    }

    private String published(Path file) {
        try {
            return json.readTree(file.toFile()).path("PublicationUpdated").asText("");
        } catch (IOException e) {
            return ""; // unreadable: fetch it again
        }
    }

    private JsonNode readJson(URI address, byte[] body) throws IOException {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IOException(address + " did not return JSON: " + e.getMessage(), e);
        }
    }
}
