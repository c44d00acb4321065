package org.convener.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The imported data against the published official record. */
@ConvenerTest
class OfficialRecordTest {

    @Autowired
    DatasetImports imports;

    @Autowired
    SeatIntelligence seats;

    @BeforeEach
    void importOfficialData() {
        OfficialData.imported(imports);
    }

    @Test
    void seatsWonIn2024AreTheOfficialRecord() {
        assertThat(seats.seats()).hasSize(650);
        Map<String, Integer> won = byCode(seats.seatsWon());
        assertThat(won)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        entry("Lab", 411),
                        entry("Con", 121),
                        entry("LD", 72),
                        entry("SNP", 9),
                        entry("SF", 7),
                        entry("Ind", 6),
                        entry("RUK", 5),
                        entry("DUP", 5),
                        entry("Green", 4),
                        entry("PC", 4),
                        entry("SDLP", 2),
                        entry("Spk", 1),
                        entry("APNI", 1),
                        entry("TUV", 1),
                        entry("UUP", 1)));
    }

    @Test
    void reformCameSecondIn98SeatsOf89HeldByLabour() {
        RunnerUpMatrix runnerUp = seats.runnerUp();
        assertThat(runnerUp.secondPlaces(Party.RUK)).isEqualTo(98);
        assertThat(byCode(runnerUp.byWinner(Party.RUK))).containsExactly(entry("Lab", 89), entry("Con", 9));
        assertThat(seats.find(new SeatFilter(null, null, Party.LAB, Party.RUK, null, null), SeatOrder.NAME))
                .hasSize(89);
        // 85 in England and 13 in Wales, as the Library counts them
        assertThat(seats.seats().stream()
                        .filter(s -> s.second() == Party.RUK && s.code().startsWith("W")))
                .hasSize(13);
    }

    @Test
    void notional2019SeatsAreRallingsAndThrashers() {
        Map<String, Integer> notional = byCode(seats.notionalSeatsWon2019());
        assertThat(notional)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        entry("Con", 372),
                        entry("Lab", 200),
                        entry("SNP", 48),
                        entry("DUP", 8),
                        entry("LD", 8),
                        entry("SF", 7),
                        entry("SDLP", 2),
                        entry("PC", 2),
                        entry("Green", 1),
                        entry("Spk", 1),
                        entry("APNI", 1)));
    }

    @Test
    void greatBritainSharesMatchTheLibrarysTotals() {
        var votes = new EnumMap<Party, Long>(Party.class);
        long valid = 0;
        for (Seat seat : seats.seats()) {
            if (seat.constituency().nation().inGreatBritain()) {
                valid += seat.result().validVotes();
                for (Party p : Party.values()) {
                    votes.merge(p, seat.result().votes(p), Long::sum);
                }
            }
        }
        assertThat(valid).isEqualTo(28_029_500);
        assertThat(100.0 * votes.get(Party.LAB) / valid).isCloseTo(34.64, within(0.005));
        assertThat(100.0 * votes.get(Party.CON) / valid).isCloseTo(24.36, within(0.005));
        assertThat(100.0 * votes.get(Party.RUK) / valid).isCloseTo(14.69, within(0.005));
        assertThat(100.0 * votes.get(Party.LD) / valid).isCloseTo(12.56, within(0.005));
    }

    @Test
    void bassetlawHasItsPublishedResult() {
        Seat bassetlaw = seats.seat(ConstituencyCode.of("E14001079")).orElseThrow();
        assertThat(bassetlaw.name()).isEqualTo("Bassetlaw");
        assertThat(bassetlaw.general2024().declaredResult()).isEqualTo("Lab gain from Con");
        assertThat(bassetlaw.winner()).isEqualTo(Party.LAB);
        assertThat(bassetlaw.result().winner().candidateName()).isEqualTo("Jo White");
        assertThat(bassetlaw.majority()).isEqualTo(5768);
        assertThat(bassetlaw.notional2019().result().winningParty()).isEqualTo(Party.CON);
        assertThat(bassetlaw.mp().name()).isEqualTo("Jo White");
        assertThat(bassetlaw.hex()).isNotNull();
    }

    /** The Library's "Change" column is the change against the notional 2019 result; ours must agree. */
    @Test
    void shareChangesAgreeWithTheLibrarysChangeColumn() throws Exception {
        int compared = 0;
        try (Reader in =
                Files.newBufferedReader(OfficialData.directory().resolve("HoC-GE2024-results-by-candidate.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                Party party = Party.ofCode(row.get("Party abbreviation")).orElse(Party.OTH);
                if (party == Party.OTH || party == Party.IND) {
                    continue;
                }
                Seat seat = seats.seat(ConstituencyCode.of(row.get("ONS ID"))).orElseThrow();
                var ours = seat.changeSince2019(party);
                String theirs = row.get("Change");
                if (theirs.isEmpty()) {
                    assertThat(ours).as(seat.name() + " " + party).isEmpty();
                } else {
                    assertThat(ours).as(seat.name() + " " + party).isPresent();
                    assertThat(ours.get())
                            .as(seat.name() + " " + party)
                            .isCloseTo(Double.parseDouble(theirs), within(2e-6));
                    compared++;
                }
            }
        }
        // every candidate of a Library-coded party with a published change: Con 631, Lab 631, LD 620,
        // Green 567, RUK 321, SNP 57, PC 31, APNI 18, SDLP 17, UUP 17, DUP 16, SF 14, Spk 1
        assertThat(compared).isEqualTo(2941);
    }

    @Test
    void provisionalScottishCodesAreMappedToTheFinalOnes() {
        for (String code : new String[] {"S14000107", "S14000108", "S14000109", "S14000110", "S14000111"}) {
            Seat seat = seats.seat(ConstituencyCode.of(code)).orElseThrow();
            assertThat(seat.notional2019()).as(code + " notional").isNotNull();
            assertThat(seat.hex()).as(code + " hex").isNotNull();
        }
        assertThat(seats.seats()).allSatisfy(seat -> {
            assertThat(seat.notional2019()).as(seat.code()).isNotNull();
            assertThat(seat.hex()).as(seat.code()).isNotNull();
        });
    }

    @Test
    void byElectionsSince2024AreAttachedToTheirSeats() {
        assertThat(seats.seats().stream().mapToInt(s -> s.byElections().size()).sum())
                .isEqualTo(6);
        Seat runcorn = seats.seat(ConstituencyCode.of("E14001455")).orElseThrow();
        Contest byElection = runcorn.latestByElection().orElseThrow();
        assertThat(byElection.heldOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(byElection.result().winningParty()).isEqualTo(Party.RUK);
        assertThat(byElection.result().majority()).isEqualTo(6);
        assertThat(byElection.declaredResult()).isEqualTo("RUK gain from Lab");
        // Clacton's constituency row says Reform 22,379; the candidates' 22,239 is the figure kept
        Seat clacton = seats.seat(ConstituencyCode.of("E14001174")).orElseThrow();
        assertThat(clacton.latestByElection().orElseThrow().result().votes(Party.RUK))
                .isEqualTo(22_239);
        assertThat(imports.imported("byelections").orElseThrow().warnings())
                .anySatisfy(w -> assertThat(w.toString()).contains("line 7", "\"RUK\"", "22379", "22239"));
    }

    @Test
    void currentMpsCarryTheirPartyToday() {
        assertThat(seats.seats().stream().filter(s -> s.mp() != null)).hasSize(650);
        Seat clacton = seats.seat(ConstituencyCode.of("E14001174")).orElseThrow();
        assertThat(clacton.mp().name()).isEqualTo("Nigel Farage");
        assertThat(clacton.mp().party()).isEqualTo(Party.RUK);
    }

    @Test
    void repairsTheMisEncodedNameInTheSource() {
        Seat belfastSouth = seats.seats().stream()
                .filter(s -> s.name().equals("Belfast South and Mid Down"))
                .findFirst()
                .orElseThrow();
        assertThat(belfastSouth.result().candidacies())
                .anySatisfy(c -> assertThat(c.candidateName()).isEqualTo("Áine Groogan"));
    }

    @Test
    void recordsEachDatasetsSourceLicenceAndTime() {
        var ge2024 = imports.imported("ge2024").orElseThrow();
        assertThat(ge2024.licence()).isEqualTo("Open Parliament Licence v3.0");
        assertThat(ge2024.publisher()).contains("House of Commons Library");
        assertThat(ge2024.files())
                .extracting(f -> f.name())
                .containsExactly("HoC-GE2024-results-by-constituency.csv", "HoC-GE2024-results-by-candidate.csv");
        assertThat(ge2024.files().get(0).sha256()).hasSize(64);
        assertThat(imports.imported("polls").orElseThrow().licence()).isEqualTo("CC BY-SA 4.0");
        assertThat(imports.imported("hexmap").orElseThrow().licence()).isEqualTo("MIT licence");
    }

    private static Map<String, Integer> byCode(Map<Party, Integer> counts) {
        var byCode = new java.util.LinkedHashMap<String, Integer>();
        counts.forEach((party, count) -> byCode.put(party.code(), count));
        return byCode;
    }
}
