package org.convener.votes.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.ImportProblem;
import org.convener.votes.Division;
import org.convener.votes.Lobby;
import org.convener.votes.MpVote;
import org.convener.votes.Source;
import org.convener.votes.Votes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The published division files imported whole, checked against the numbers their README publishes. */
@ConvenerTest
class CommonsDivisionsImportTest {

    static final String VOTES = "commons-division-votes-2024-parliament.csv";

    @Autowired
    DatasetImports imports;

    @Autowired
    Votes votes;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void imported() {
        OfficialData.imported(imports);
    }

    @Test
    void importsEveryDivisionAndEveryVoteRow() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from votes.division where source = 'PUBLIC_WHIP'", Integer.class))
                .isEqualTo(195);
        assertThat(jdbc.queryForObject("select count(*) from votes.vote where source = 'PUBLIC_WHIP'", Integer.class))
                .isEqualTo(87_961);
        assertThat(jdbc.queryForObject("select count(*) from votes.member where source = 'PUBLIC_WHIP'", Integer.class))
                .isEqualTo(642);
        // aye 42,095 + 376 tellers, no 45,097 + 376 tellers, both 17
        assertThat(jdbc.queryForList(
                        "select lobby || ':' || teller || ':' || count(*) from votes.vote where source = 'PUBLIC_WHIP' group by lobby, teller order by 1",
                        String.class))
                .containsExactly("AYE:false:42095", "AYE:true:376", "BOTH:false:17", "NO:false:45097", "NO:true:376");
        var coverage = votes.coverage();
        assertThat(coverage.divisions()).isEqualTo(195);
        assertThat(coverage.first()).hasToString("2024-07-22");
        assertThat(coverage.last()).hasToString("2025-05-22");
    }

    @Test
    void eachDivisionsCountedAyesAndNoesEqualTheSumsInThePerMpFile() throws IOException {
        var sums = new HashMap<Integer, int[]>();
        try (Reader in = Files.newBufferedReader(OfficialData.directory().resolve(VOTES))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (row.get("teller").equals("1")) {
                    continue;
                }
                int[] sum =
                        sums.computeIfAbsent(Integer.parseInt(row.get("commons_votes_division_id")), k -> new int[2]);
                String vote = row.get("vote");
                sum[0] += vote.equals("aye") || vote.equals("both") ? 1 : 0;
                sum[1] += vote.equals("no") || vote.equals("both") ? 1 : 0;
            }
        }
        assertThat(votes.divisions()).hasSize(sums.size());
        for (Division d : votes.divisions()) {
            assertThat(new int[] {d.countedAyes(), d.countedNoes()})
                    .as("division " + d.id())
                    .containsExactly(sums.get(d.id()));
        }
    }

    @Test
    void theTwoChildCapAmendmentHasExactlySevenLabourAyes() {
        Division cap = votes.division(1829).orElseThrow();
        assertThat(cap.heldOn()).hasToString("2024-07-23");
        assertThat(cap.title()).isEqualTo("King's Speech (Motion for an Address): Amendment (d)");
        assertThat(cap.source()).isEqualTo(Source.PUBLIC_WHIP);
        // the House declared 103–363; the Public Whip list holds 101–362
        assertThat(new int[] {cap.officialAyes(), cap.officialNoes(), cap.countedAyes(), cap.countedNoes()})
                .containsExactly(103, 363, 101, 362);
        assertThat(cap.countsDiffer()).isTrue();

        var labourAyes = votes.votesIn(1829).stream()
                .filter(v -> v.party().equals("Lab") && v.lobby() == Lobby.AYE)
                .toList();

        assertThat(labourAyes)
                .extracting(v -> votes.sitting(v.memberId()).orElseThrow().name())
                .containsExactlyInAnyOrder(
                        "Ian Byrne",
                        "Zarah Sultana",
                        "Apsana Begum",
                        "John McDonnell",
                        "Richard Burgon",
                        "Rebecca Long Bailey",
                        "Imran Hussain");
        assertThat(labourAyes).allSatisfy(v -> assertThat(votes.rebels(v)).isTrue());
        assertThat(labourAyes).extracting(MpVote::teller).containsOnly(false);
    }

    @Test
    void sixteenDivisionsHaveALabourMpAgainstTheLabourMajority() {
        // the data README's check, free votes included
        long withLabourRebels = votes.divisions().stream()
                .filter(d ->
                        votes.votesIn(d.id()).stream().anyMatch(v -> v.party().equals("Lab") && votes.rebels(v)))
                .count();

        assertThat(withLabourRebels).isEqualTo(16);
    }

    @Test
    void mpsWhoHaveLeftArePlacedInTheSeatTheyWonAndTheGapsAreNoted() {
        var amesbury = votes.sitting(4667).orElseThrow();
        assertThat(amesbury.name()).isEqualTo("Mike Amesbury");
        assertThat(amesbury.constituencyName()).isEqualTo("Runcorn and Helsby");
        assertThat(amesbury.current()).isFalse();
        assertThat(amesbury.until()).hasToString("2025-05-01");
        assertThat(votes.personOf(4667)).isEmpty();
        // a current MP is linked to their record
        assertThat(votes.sitting(4484).orElseThrow().current()).isTrue();
        assertThat(votes.personOf(4484)).isPresent();

        var notes = imports.imported("commons-divisions").orElseThrow().warnings().stream()
                .map(ImportProblem::reason)
                .toList();
        assertThat(notes)
                .anySatisfy(n -> assertThat(n)
                        .startsWith("5 MPs are no longer in the Members list")
                        .contains("Andrew Gwynne", "Josh Simons", "Mike Amesbury", "Stephen Flynn", "Stephen Gethins"))
                .anySatisfy(n -> assertThat(n).contains("in 155 of 195 divisions"))
                .anySatisfy(
                        n -> assertThat(n)
                                .isEqualTo(
                                        "no per-MP list for division numbers 114, 124–131, 180, 189, so they are not imported"));
    }

    @Test
    void partyIsThePartyAtTheTimeOfTheVote() {
        // John McDonnell lost the Labour whip after the two-child cap vote and had it back on 6 February 2025
        Map<String, Long> parties = new HashMap<>();
        votes.divisions()
                .forEach(d -> votes.votesIn(d.id()).stream()
                        .filter(v -> v.memberId() == 178)
                        .forEach(v -> parties.merge(v.party(), 1L, Long::sum)));
        assertThat(parties).containsOnlyKeys("Lab", "Ind");
    }
}
