package org.convener.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BltReaderTest {

    @Test
    void readsAffiliationsCrlfSpacesAndWithdrawnCandidates() {
        var e = BltReader.read(
                "x.blt",
                "\uFEFF3 2\r\n-2\r\n4 1 2 3 0\r\n1 3 0\r\n\r\n0\r\n\"Kevin  LANG\" \"Lib Dem\"\r\n\"Kieran  Wild \"\r\n"
                        + "\"Oisín DUNCAN\" \"Green\"\r\n\"Ward 2\"\r\n");
        assertThat(e.seats()).isEqualTo(2);
        assertThat(e.candidates())
                .extracting(Candidate::name)
                .containsExactly("Kevin LANG", "Kieran Wild", "Oisín DUNCAN");
        assertThat(e.candidate(0).affiliation()).isEqualTo("Lib Dem");
        assertThat(e.candidate(1).withdrawn()).isTrue();
        assertThat(e.title()).isEqualTo("Ward 2");
        assertThat(e.papers()).isEqualTo(5);
        assertThat(e.usable()).containsExactly(Ballot.of(4, 0, 2), Ballot.of(1, 2));
    }

    @Test
    void passesOverSkippedRanksAndIgnoresARepeatedCandidate() {
        var e = BltReader.read("x.blt", "4 1\n1 - 2 3 0\n1 4 4 1 0\n1 - - 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n");
        assertThat(e.ballots()).containsExactly(Ballot.of(1, 1, 2), Ballot.of(1, 3, 0), Ballot.of(1));
        assertThat(e.validBallots()).isEqualByComparingTo("2");
    }

    @Test
    void aBallotLeftWithNoPreferenceIsNotAValidVote() {
        var e = BltReader.read("x.blt", "2 1\n-2\n3 2 0\n2 1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
        assertThat(e.validBallots()).isEqualByComparingTo("2");
        assertThat(new InstantRunoff().count(e).elected())
                .extracting(Candidate::name)
                .containsExactly("A");
    }

    @Test
    void writesWhatItReads() throws Exception {
        var original = BltReader.read(BallotVectors.directory().resolve("synthetic-gpus-2005-withdrawn.blt"));
        var again = BltReader.read("again.blt", BltWriter.write(original));
        assertThat(again).isEqualTo(original);
        assertThat(new ScottishStv().count(again).elected())
                .isEqualTo(new ScottishStv().count(original).elected());
    }

    @Test
    void namesTheLineAndTheReason() {
        assertError("2\n", 1, "the first line must be two numbers");
        assertError("2 x\n", 1, "the number of seats should be a whole number, not \"x\"");
        assertError("2 1\n1 3 0\n0\n", 2, "candidate 3 is not one of the 2 candidates");
        assertError("2 1\n1 1 2\n0\n", 2, "a ballot line must end with 0");
        assertError("2 1\n1.5 1 0\n0\n", 2, "weight must be a whole number");
        assertError("2 1\n0 1 0\n0\n", 2, "weight must be at least 1");
        assertError("2 1\n1 1=2 0\n0\n", 2, "equal rankings");
        assertError("2 1\n1 1 0\n-2\n0\n", 3, "withdrawn candidates must be listed before the ballots");
        assertError("2 1\n-3\n0\n", 2, "a withdrawn candidate is written -1 to -2");
        assertError("2 1\n1 1 0\n", 2, "the file ends where the ballots, ended by a line \"0\" should be");
        assertError("2 1\n1 1 0\n0\n\"A\"\n", 4, "the file ends where the name of candidate 2 of 2 should be");
        assertError("2 1\n1 1 0\n0\n\"A\"\nB\n", 5, "expected a quoted string");
        assertError("2 1\n1 1 0\n0\n\"A\"\n\"A\"\n", 5, "the same name as candidate 1");
        assertError("2 1\n1 1 0\n0\n\"A\"\n\"B\" \"x\" \"y\"\n", 5, "should be \"Name\" or \"Name\" \"Affiliation\"");
        assertError("2 1\n1 1 0\n0\n\"A\"\n\"B\n", 5, "a quoted string is not closed");
        assertError("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n\"C\"\n", 7, "unexpected text after the title");
    }

    private static void assertError(String text, int line, String reason) {
        assertThatThrownBy(() -> BltReader.read("bad.blt", text))
                .isInstanceOfSatisfying(BltFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad.blt");
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.getMessage()).startsWith("bad.blt:" + line + ": ");
                });
    }
}
