package org.convener.organising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a candidate's moves follow, tried on every pair of stages. */
class StageTest {

    /** The main line, in order; stepping back is beside it. */
    private static final List<Stage> LINE = List.of(
            Stage.INTERESTED,
            Stage.DEVELOPING,
            Stage.READY,
            Stage.APPLIED,
            Stage.SHORTLISTED,
            Stage.SELECTED,
            Stage.ELECTED);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Candidate at(Stage stage) {
        return new Candidate(1, 2, 3, Office.COUNCIL, null, stage, null, "test", Instant.EPOCH);
    }

    @Test
    void noMoveSkipsAStepForwardAndElectedIsTheEnd() {
        qt().forAll(integers().between(0, LINE.size() - 1), integers().between(0, LINE.size() - 1))
                .check((from, to) -> {
                    boolean allowed = LINE.get(from).canMoveTo(LINE.get(to));
                    boolean skips = to > from + 1;
                    boolean backFromElected = from == LINE.size() - 1;
                    return !(allowed && (skips || backFromElected || to.equals(from)));
                });
        assertThat(Stage.ELECTED.next()).isEmpty();
    }

    @Test
    void everyCandidateNotYetElectedCanStepBackAndComeBackOnlyAtTheStart() {
        for (Stage stage : Stage.values()) {
            assertThat(stage.canMoveTo(Stage.STEPPED_BACK))
                    .as(stage.name())
                    .isEqualTo(stage != Stage.ELECTED && stage != Stage.STEPPED_BACK);
        }
        assertThat(Stage.STEPPED_BACK.next()).containsExactlyInAnyOrder(Stage.INTERESTED, Stage.DEVELOPING);
    }

    @Test
    void everyStageButTheEndCanMoveOnOneStep() {
        for (int i = 0; i + 1 < LINE.size(); i++) {
            assertThat(LINE.get(i).canMoveTo(LINE.get(i + 1)))
                    .as(LINE.get(i).name())
                    .isTrue();
        }
    }

    @Test
    void aMoveIsRefusedWhenItJumpsIsUndatedOrIsInTheFutureOrBeforeTheLastOrHasNoReason() {
        var interested = at(Stage.INTERESTED);
        assertThatThrownBy(() -> interested.move(Stage.READY, TODAY, "keen", null, TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot move from interested to ready")
                .hasMessageContaining("developing");
        assertThatThrownBy(() -> at(Stage.ELECTED).move(Stage.READY, TODAY, "again", null, TODAY))
                .hasMessageContaining("end of a candidacy");
        assertThatThrownBy(() -> interested.move(Stage.DEVELOPING, TODAY.plusDays(1), "keen", null, TODAY))
                .hasMessageContaining("today or earlier");
        assertThatThrownBy(
                        () -> interested.move(Stage.DEVELOPING, TODAY.minusDays(5), "keen", TODAY.minusDays(2), TODAY))
                .hasMessageContaining("before the last one");
        assertThatThrownBy(() -> interested.move(Stage.DEVELOPING, TODAY, " ", null, TODAY))
                .hasMessageContaining("say why");
        var move = interested.move(Stage.DEVELOPING, TODAY.minusDays(1), " agreed a plan ", TODAY.minusDays(3), TODAY);
        assertThat(move)
                .isEqualTo(new Candidate.Move(Stage.INTERESTED, Stage.DEVELOPING, TODAY.minusDays(1), "agreed a plan"));
    }
}
