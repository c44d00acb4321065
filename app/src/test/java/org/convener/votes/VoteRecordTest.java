package org.convener.votes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteRecordTest {

    static final LocalDate JULY = LocalDate.of(2024, 7, 23);
    static final LocalDate OCTOBER = LocalDate.of(2024, 10, 8);
    static final LocalDate MARCH = LocalDate.of(2025, 3, 4);

    final VoteRecord record = VoteRecord.of(
            List.of(division(1, JULY), division(2, OCTOBER), division(3, MARCH)),
            List.of(
                    new MpVote(1, 10, "Lab", Lobby.AYE, false),
                    new MpVote(1, 11, "Lab", Lobby.NO, false),
                    new MpVote(1, 12, "Lab", Lobby.NO, true),
                    new MpVote(1, 13, "Ind", Lobby.AYE, false),
                    new MpVote(3, 10, "Ind", Lobby.AYE, false),
                    new MpVote(3, 11, "Lab", Lobby.BOTH, false)),
            Map.of(10, "Ann Example", 11, "Bob Example", 12, "Cat Example", 13, "Dan Example"),
            MpRoll.of(List.of()),
            Map.of(10, 100L));

    @Test
    void anMpsPartyOnADayIsThatOfTheirLastVoteBeforeItOrElseTheirFirstAfter() {
        assertThat(record.partyOn(10, JULY.minusDays(10))).contains("Lab");
        assertThat(record.partyOn(10, JULY)).contains("Lab");
        assertThat(record.partyOn(10, OCTOBER)).contains("Lab");
        assertThat(record.partyOn(10, MARCH)).contains("Ind");
        assertThat(record.partyOn(10, MARCH.plusYears(1))).contains("Ind");
        assertThat(record.partyOn(99, JULY)).isEmpty();
    }

    @Test
    void aRebelVotesAgainstTheMajorityOfTheirOwnPartyTellersIncluded() {
        // Labour went 1 aye, 2 no (one a teller): the aye rebels, the noes do not
        var cast = record.votesIn(1);
        assertThat(record.partySplits(1)).containsEntry("Lab", new Split(1, 2, 0));
        assertThat(cast).filteredOn(record::rebels).extracting(MpVote::memberId).containsExactly(10);
    }

    @Test
    void independentsAndVotesInBothLobbiesNeverRebel() {
        assertThat(record.votesIn(1).stream().filter(v -> v.memberId() == 13)).noneMatch(record::rebels);
        assertThat(record.votesIn(3)).noneMatch(record::rebels);
    }

    @Test
    void anMpNoSeatCanBeFoundForSitsFromTheOpeningOfParliament() {
        Sitting ann = record.sitting(10).orElseThrow();
        assertThat(ann.constituencyCode()).isNull();
        assertThat(ann.from()).isEqualTo(VoteRecord.PARLIAMENT_OPENED);
        assertThat(ann.satOn(JULY)).isTrue();
        assertThat(record.persons()).containsEntry(10, 100L);
    }

    private static Division division(int id, LocalDate day) {
        return new Division(id, day, id, "Division " + id, 1, 1, false, null, Source.PUBLIC_WHIP, 1, 1, false);
    }
}
