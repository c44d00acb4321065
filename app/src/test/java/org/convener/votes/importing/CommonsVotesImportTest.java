package org.convener.votes.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convener.ConvenerTest;
import org.convener.DatabaseFingerprint;
import org.convener.OfficialData;
import org.convener.platform.imports.DataDownloads;
import org.convener.platform.imports.DatasetImported;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.DatasetOutcome;
import org.convener.platform.imports.DatasetOutcome.Status;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.votes.Lobby;
import org.convener.votes.MpVote;
import org.convener.votes.Source;
import org.convener.votes.Votes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Division documents in the shape the Commons Votes service returns them ({@code
 * /data/division/{id}.json}), written here, imported from a folder and fetched through a mirror.
 */
@ConvenerTest
class CommonsVotesImportTest {

    static final String FOLDER = "commons-votes-api";

    @Autowired
    DatasetImports imports;

    @Autowired
    DataDownloads downloads;

    @Autowired
    Votes votes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path temp;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    /** The official documents take precedence over the Public Whip lists: take them out again for other tests. */
    @AfterEach
    void forgetTheDocuments() {
        jdbc.update("delete from votes.division where source = 'COMMONS_VOTES'");
        jdbc.update("delete from votes.member where source = 'COMMONS_VOTES'");
        jdbc.update("delete from platform.dataset_import where dataset_id = 'commons-votes'");
        events.publishEvent(new DatasetImported("commons-votes"));
    }

    @Test
    void importsOneDivisionPerDocumentAndPrefersThemToThePublicWhipLists() throws IOException {
        Path data = temp.resolve("data");
        write(
                data,
                2100,
                document(
                        2100,
                        "2025-06-04T19:12:00",
                        207,
                        "Example Bill: Second Reading",
                        3,
                        2,
                        List.of(
                                member(5105, "Jo White", "Labour"),
                                member(5037, "Lola McEvoy", "Labour (Co-op)"),
                                member(178, "John McDonnell", "Labour")),
                        List.of(member(4484, "Alan Mak", "Conservative"), member(178, "John McDonnell", "Labour")),
                        List.of(member(5143, "Catherine Atkinson", "Labour")),
                        List.of(member(5117, "Sarah Smith", "Labour"))));
        write(
                data,
                1829,
                document(
                        1829,
                        "2024-07-23T17:34:00",
                        3,
                        "King's Speech (Motion for an Address): Amendment (d)",
                        103,
                        363,
                        List.of(member(178, "John McDonnell", "Labour")),
                        List.of(member(5105, "Jo White", "Labour")),
                        List.of(),
                        List.of()));

        DatasetOutcome outcome = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-votes");

        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(Status.IMPORTED);
        assertThat(outcome.summary().description())
                .isEqualTo("2 divisions (23 July 2024 – 4 June 2025), 8 votes by 6 MPs");
        var example = votes.division(2100).orElseThrow();
        assertThat(example.source()).isEqualTo(Source.COMMONS_VOTES);
        assertThat(example.heldOn()).hasToString("2025-06-04");
        // McDonnell is in both lobbies, so counts on each side; tellers are in neither count
        assertThat(new int[] {
                    example.officialAyes(), example.officialNoes(), example.countedAyes(), example.countedNoes()
                })
                .containsExactly(3, 2, 3, 2);
        assertThat(votes.votesIn(2100))
                .extracting(MpVote::memberId, MpVote::party, MpVote::lobby, MpVote::teller)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5105, "Lab", Lobby.AYE, false),
                        org.assertj.core.groups.Tuple.tuple(5037, "Lab", Lobby.AYE, false),
                        org.assertj.core.groups.Tuple.tuple(178, "Lab", Lobby.BOTH, false),
                        org.assertj.core.groups.Tuple.tuple(4484, "Con", Lobby.NO, false),
                        org.assertj.core.groups.Tuple.tuple(5143, "Lab", Lobby.AYE, true),
                        org.assertj.core.groups.Tuple.tuple(5117, "Lab", Lobby.NO, true));
        // the same division from both sources: the official list is used, the Public Whip one is kept
        var cap = votes.division(1829).orElseThrow();
        assertThat(cap.source()).isEqualTo(Source.COMMONS_VOTES);
        assertThat(votes.votesIn(1829)).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from votes.vote where source = 'PUBLIC_WHIP' and division_id = 1829",
                        Integer.class))
                .isEqualTo(467);

        var again = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-votes");
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        Files.delete(data.resolve(FOLDER).resolve("division-1829.json"));
        var fewer = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-votes");
        assertThat(fewer.status()).isEqualTo(Status.IMPORTED);
        assertThat(votes.division(1829).orElseThrow().source()).isEqualTo(Source.PUBLIC_WHIP);
    }

    @Test
    void aDocumentNamingAnUnknownMpImportsNothingAndSaysWhere() throws IOException {
        Path data = temp.resolve("data");
        write(
                data,
                2100,
                document(
                        2100,
                        "2025-06-04T19:12:00",
                        207,
                        "Example Bill: Second Reading",
                        2,
                        0,
                        List.of(member(5105, "Jo White", "Labour"), member(99999, "Nobody Atall", "Labour")),
                        List.of(),
                        List.of(),
                        List.of()));
        String text = Files.readString(data.resolve(FOLDER).resolve("division-2100.json"));
        int line = lineOf(text, "99999");
        var before = DatabaseFingerprint.of(jdbc);

        ImportProblem problem = refused(data);

        assertThat(problem.file()).isEqualTo(FOLDER + "/division-2100.json");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).isEqualTo("/Ayes/1/MemberId");
        assertThat(problem.reason()).startsWith("unknown MP id 99999 (Nobody Atall)");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aDocumentThatIsNotJsonOrLacksAFieldIsRefused() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve(FOLDER));
        Files.writeString(data.resolve(FOLDER).resolve("division-1.json"), "{\n  \"DivisionId\": 1,\n  \"Title\": \n}");

        ImportProblem broken = refused(data);

        assertThat(broken.file()).isEqualTo(FOLDER + "/division-1.json");
        assertThat(broken.line()).isEqualTo(4);
        assertThat(broken.reason()).startsWith("is not valid JSON");

        Files.writeString(
                data.resolve(FOLDER).resolve("division-1.json"),
                "{\n  \"DivisionId\": 1,\n  \"Date\": \"2025-06-04T00:00:00\",\n  \"Number\": \"two\"\n}");

        assertThat(refused(data))
                .isEqualTo(
                        new ImportProblem(FOLDER + "/division-1.json", 4, "/Number", "\"two\" is not a whole number"));
    }

    @Test
    void downloadsTheIndexAndEachNewDocumentThroughTheMirror() throws IOException {
        var requests = new CopyOnWriteArrayList<String>();
        List<Integer> ids = IntStream.rangeClosed(3001, 3026).boxed().toList();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(path + (query == null ? "" : "?" + query));
            String body = null;
            if (path.equals("/" + FOLDER + "/data/divisions.json/search")) {
                int skip = Integer.parseInt(query.replaceAll(".*queryParameters\\.skip=(\\d+).*", "$1"));
                body = ids.stream()
                        .skip(skip)
                        .limit(25)
                        .map(id -> "{\"DivisionId\":" + id
                                + ",\"PublicationUpdated\":\"2025-06-05T15:00:00\",\"Ayes\":[],\"Noes\":[]}")
                        .collect(Collectors.joining(",", "[", "]"));
            } else if (path.matches("/" + FOLDER + "/data/division/\\d+\\.json")) {
                int id = Integer.parseInt(path.replaceAll("\\D", ""));
                body = ids.contains(id)
                        ? document(
                                id,
                                "2025-06-05T15:00:00",
                                id - 2800,
                                "Example division " + id,
                                1,
                                1,
                                List.of(member(5105, "Jo White", "Labour")),
                                List.of(member(4484, "Alan Mak", "Conservative")),
                                List.of(),
                                List.of())
                        : null;
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        try {
            String mirror = "http://127.0.0.1:" + server.getAddress().getPort();
            Path data = temp.resolve("downloads");
            var dataset = imports.datasets().stream()
                    .filter(d -> d.id().equals("commons-votes"))
                    .toList();

            var report = downloads.withMirror(mirror).fetch(dataset, data, ImportProgress.SILENT);

            assertThat(report.notFetched()).isEmpty();
            assertThat(report.fetched()).containsExactly(FOLDER + "/ (26 divisions, 26 of them new or republished)");
            assertThat(requests)
                    .contains(
                            "/" + FOLDER + "/data/divisions.json/search?queryParameters.startDate=2024-07-04"
                                    + "&queryParameters.skip=0&queryParameters.take=25",
                            "/" + FOLDER + "/data/divisions.json/search?queryParameters.startDate=2024-07-04"
                                    + "&queryParameters.skip=25&queryParameters.take=25",
                            "/" + FOLDER + "/data/division/3026.json");
            assertThat(data.resolve(FOLDER).resolve("division-3001.json")).exists();

            requests.clear();
            var second = downloads.withMirror(mirror).fetch(dataset, data, ImportProgress.SILENT);
            assertThat(second.fetched()).containsExactly(FOLDER + "/ (26 divisions, 0 of them new or republished)");
            assertThat(requests).noneMatch(r -> r.contains("/data/division/"));

            var outcome = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-votes");
            assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(Status.IMPORTED);
            assertThat(votes.division(3026).orElseThrow().title()).isEqualTo("Example division 3026");
        } finally {
            server.stop(0);
        }
    }

    private ImportProblem refused(Path data) {
        var outcome = OfficialData.outcome(imports.importAll(data, ImportProgress.SILENT), "commons-votes");
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).hasSize(1);
        return outcome.problems().get(0);
    }

    private static void write(Path data, int id, String document) throws IOException {
        Files.createDirectories(data.resolve(FOLDER));
        Files.writeString(data.resolve(FOLDER).resolve("division-" + id + ".json"), document);
    }

    private static int lineOf(String text, String needle) {
        var lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the document");
    }

    /** A member as the service lists one, with the fields it gives. */
    static String member(int id, String name, String party) {
        String abbreviation = party.startsWith("Labour") ? "Lab" : party.equals("Conservative") ? "Con" : party;
        return """
                    {
                      "MemberId": %d,
                      "Name": "%s",
                      "Party": "%s",
                      "SubParty": null,
                      "PartyColour": "d50000",
                      "PartyAbbreviation": "%s",
                      "MemberFrom": "",
                      "ListAs": "%s",
                      "ProxyName": null
                    }""".formatted(id, name, party, abbreviation, name);
    }

    /** A division document as {@code /data/division/{id}.json} returns it. */
    static String document(
            int id,
            String date,
            int number,
            String title,
            int ayeCount,
            int noCount,
            List<String> ayes,
            List<String> noes,
            List<String> ayeTellers,
            List<String> noTellers) {
        return """
                {
                  "DivisionId": %d,
                  "Date": "%s",
                  "PublicationUpdated": "%s",
                  "Number": %d,
                  "IsDeferred": false,
                  "EVELType": "",
                  "EVELCountry": "",
                  "Title": "%s",
                  "AyeCount": %d,
                  "NoCount": %d,
                  "DoubleMajorityAyeCount": null,
                  "DoubleMajorityNoCount": null,
                  "AyeTellers": %s,
                  "NoTellers": %s,
                  "Ayes": %s,
                  "Noes": %s,
                  "FriendlyDescription": null,
                  "FriendlyTitle": null,
                  "NoVoteRecorded": [],
                  "RemoteVotingStart": null,
                  "RemoteVotingEnd": null
                }
                """.formatted(
                        id,
                        date,
                        date,
                        number,
                        title,
                        ayeCount,
                        noCount,
                        list(ayeTellers),
                        list(noTellers),
                        list(ayes),
                        list(noes));
    }

    private static String list(List<String> members) {
        return members.isEmpty()
                ? "[]"
                : new ArrayList<>(members).stream().collect(Collectors.joining(",\n", "[\n", "\n  ]"));
    }
}
