package org.convener.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ask lifecycle as the aggregate enforces it. */
class AskLifecycleTest {

    private static Ask ask(AskStatus status) {
        return new Ask(1, 1, 1, "An ask", "Its wording", status, "officer@example.net", Instant.EPOCH);
    }

    @Test
    void anAskMovesOneStepAtATime() {
        assertThat(AskStatus.DRAFTED.next()).containsExactlyInAnyOrder(AskStatus.RAISED, AskStatus.DROPPED);
        assertThat(AskStatus.RAISED.next())
                .containsExactlyInAnyOrder(
                        AskStatus.ACKNOWLEDGED, AskStatus.COMMITTED, AskStatus.REFUSED, AskStatus.DROPPED);
        assertThat(AskStatus.ACKNOWLEDGED.next())
                .containsExactlyInAnyOrder(AskStatus.COMMITTED, AskStatus.REFUSED, AskStatus.DROPPED);
        assertThat(AskStatus.COMMITTED.next())
                .containsExactlyInAnyOrder(AskStatus.DELIVERED, AskStatus.REFUSED, AskStatus.DROPPED);
        assertThat(AskStatus.REFUSED.next()).containsExactlyInAnyOrder(AskStatus.RAISED, AskStatus.DROPPED);
        assertThat(AskStatus.DELIVERED.closed()).isTrue();
        assertThat(AskStatus.DROPPED.closed()).isTrue();
    }

    @Test
    void aDraftCannotJumpToDelivered() {
        assertThatThrownBy(() -> ask(AskStatus.DRAFTED)
                        .checkMove(AskStatus.DELIVERED, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an ask that is drafted cannot become delivered; it can become raised or dropped");
        assertThatThrownBy(() -> ask(AskStatus.DRAFTED).checkMove(AskStatus.COMMITTED, LocalDate.of(2026, 1, 2), null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ask(AskStatus.DELIVERED).checkMove(AskStatus.RAISED, LocalDate.of(2026, 1, 2), null))
                .hasMessageContaining("it is closed");
    }

    @Test
    void aMoveCannotBeDatedBeforeTheLastOne() {
        assertThatThrownBy(() -> ask(AskStatus.RAISED)
                        .checkMove(AskStatus.ACKNOWLEDGED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-02");
    }

    /** A move is allowed exactly when the table says so. */
    @Test
    void checkMoveAgreesWithTheTable() {
        qt().forAll(arbitrary().enumValues(AskStatus.class), arbitrary().enumValues(AskStatus.class))
                .checkAssert((from, to) -> {
                    boolean allowed;
                    try {
                        ask(from).checkMove(to, LocalDate.of(2026, 1, 1), null);
                        allowed = true;
                    } catch (IllegalStateException e) {
                        allowed = false;
                    }
                    assertThat(allowed)
                            .as(from + " to " + to)
                            .isEqualTo(from.next().contains(to));
                });
    }

    /** Whatever path an ask takes, it cannot be delivered without first being committed. */
    @Test
    void everyPathToDeliveredPassesThroughCommitted() {
        var reachableWithoutCommitted = EnumSet.of(AskStatus.DRAFTED);
        var queue = new ArrayDeque<AskStatus>(Set.of(AskStatus.DRAFTED));
        while (!queue.isEmpty()) {
            for (AskStatus next : queue.poll().next()) {
                if (next != AskStatus.COMMITTED && reachableWithoutCommitted.add(next)) {
                    queue.add(next);
                }
            }
        }
        assertThat(reachableWithoutCommitted)
                .doesNotContain(AskStatus.DELIVERED)
                .contains(AskStatus.RAISED, AskStatus.ACKNOWLEDGED);
    }
}
