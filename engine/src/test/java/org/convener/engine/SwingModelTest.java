package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each model against cases worked out by hand. */
class SwingModelTest {

    static final double E = 1e-9;

    /** Two seats of equal size: A = Con 50, Lab 30, LD 20; B = Con 20, Lab 60, LD 20. National: Con 35, Lab 45, LD 20. */
    static Baseline baseline() {
        return Fixtures.of(
                List.of(Fixtures.percent(50, 30, 20, 0, 0, 0, 0, 0), Fixtures.percent(20, 60, 20, 0, 0, 0, 0, 0)));
    }

    /** Target: Con 25, Lab 45, LD 20, RUK 10 (Con −10, RUK +10). */
    static Projection project(SwingModel model) {
        return Projection.of(
                baseline(),
                Targets.national(ShareVector.parse("Con=25,Lab=45,LD=20,RUK=10")),
                model,
                ModelOptions.DEFAULTS);
    }

    @Test
    void uniformSwingMovesEverySeatByTheSamePoints() {
        var p = project(SwingModel.UNS);
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.40, within(E));
        assertThat(p.shares(0).get(Party.RUK)).isCloseTo(0.10, within(E));
        assertThat(p.shares(1).get(Party.CON)).isCloseTo(0.10, within(E));
        assertThat(p.shares(1).get(Party.LAB)).isCloseTo(0.60, within(E));
        assertThat(p.winner(0)).isEqualTo(Party.CON);
    }

    @Test
    void uniformSwingClipsAtZeroAndTakesTheExcessFromTheOthers() {
        // Con falls 30 points: seat B would go to -10
        var p = Projection.of(
                baseline(),
                Targets.national(ShareVector.parse("Con=5,Lab=45,LD=20,RUK=30")),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
        // seat B raw: Con -10, Lab 60, LD 20, RUK 30 → clipped Con 0, the other 110 scaled to 100
        assertThat(p.shares(1).get(Party.CON)).isZero();
        assertThat(p.shares(1).get(Party.LAB)).isCloseTo(60 / 110.0, within(E));
        assertThat(p.shares(1).get(Party.RUK)).isCloseTo(30 / 110.0, within(E));
        // the simulation keeps the unclipped centre, as a swing plus errors
        assertThat(p.mean(1)[Party.GB_MODEL.indexOf(Party.CON)]).isCloseTo(-0.10, within(E));
    }

    @Test
    void proportionalSwingScalesEachPartyByItsNationalRatio() {
        var p = project(SwingModel.PS);
        // seat A: Con 50 × 25/35, Lab 30, LD 20, RUK takes its national 10 where it had nothing; then rescaled
        double con = 50 * 25 / 35.0;
        double total = con + 30 + 20 + 10;
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(con / total, within(E));
        assertThat(p.shares(0).get(Party.RUK)).isCloseTo(10 / total, within(E));
    }

    @Test
    void transitionModelTakesTheSameFractionEverywhereAndSharesItAmongGainers() {
        var p = project(SwingModel.TM);
        // Con keeps 25/35 of its vote in each seat; what it loses goes to RUK, the only gainer
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.50 * 25 / 35, within(E));
        assertThat(p.shares(0).get(Party.RUK)).isCloseTo(0.50 * 10 / 35, within(E));
        assertThat(p.shares(1).get(Party.CON)).isCloseTo(0.20 * 25 / 35, within(E));
        assertThat(p.shares(1).get(Party.RUK)).isCloseTo(0.20 * 10 / 35, within(E));
        assertThat(p.nationalShares().get(Party.RUK)).isCloseTo(0.10, within(E));
    }

    @Test
    void strongTransitionModelLosesWeakVotesFirst() {
        var p = project(SwingModel.STM);
        // weak Con vote: 20 in A (its first 20%), 20 in B; national weak 20 ≥ the 10 lost, so each seat
        // loses half its weak vote: 10 points in both seats, like a uniform swing
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.40, within(E));
        assertThat(p.shares(1).get(Party.CON)).isCloseTo(0.10, within(E));
        assertThat(p.shares(0).get(Party.RUK)).isCloseTo(0.10, within(E));
    }

    @Test
    void strongTransitionModelTakesStrongVotesOnceWeakOnesAreGone() {
        // Con falls from 35 to 5: loses all 20 weak points (nationally) and 10 of its 15 strong ones
        var p = Projection.of(
                baseline(),
                Targets.national(ShareVector.parse("Con=5,Lab=45,LD=20,RUK=30")),
                SwingModel.STM,
                ModelOptions.DEFAULTS);
        // A: weak 20 all lost, strong 30 × (10/15) lost → Con keeps 10; B: weak 20 lost, no strong → 0
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.10, within(E));
        assertThat(p.shares(1).get(Party.CON)).isCloseTo(0.0, within(E));
        assertThat(p.nationalShares().get(Party.RUK)).isCloseTo(0.30, within(E));
    }

    @Test
    void votesReleasedWhereOnlySomeGainersStandGoToThoseWhoDo() {
        var baseline = new Baseline(List.of(
                Fixtures.seat(
                        "E14000001", Nation.ENGLAND, "E12000001", Fixtures.percent(40, 60, 0, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "S14000001", Nation.SCOTLAND, "S92000003", Fixtures.percent(20, 40, 0, 0, 0, 40, 0, 0), 1000)));
        // nationally Con 30, Lab 50, SNP 20; the SNP falls to 16 and the Conservatives rise to 34
        var p = Projection.of(
                baseline,
                Targets.national(ShareVector.parse("Con=34,Lab=50,SNP=16")),
                SwingModel.TM,
                ModelOptions.DEFAULTS);

        // the SNP loses a fifth of its Scottish vote, 8 points, and the Conservatives gain them there
        assertThat(p.shares(1).get(Party.SNP)).isCloseTo(0.32, within(1e-9));
        assertThat(p.shares(1).get(Party.CON)).isCloseTo(0.28, within(1e-9));
        assertThat(p.shares(0).get(Party.SNP)).isZero();
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.40, within(1e-9));
        assertThat(p.nationalShares().get(Party.CON)).isCloseTo(0.34, within(1e-9));
    }

    @Test
    void uniformSwingNeverGivesTheSnpVotesInEngland() {
        var baseline = new Baseline(List.of(
                Fixtures.seat(
                        "E14000001", Nation.ENGLAND, "E12000001", Fixtures.percent(40, 60, 0, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "S14000001", Nation.SCOTLAND, "S92000003", Fixtures.percent(20, 40, 0, 0, 0, 40, 0, 0), 1000)));
        var p = Projection.of(
                baseline,
                Targets.national(ShareVector.parse("Con=25,Lab=45,SNP=30")),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
        assertThat(p.shares(0).get(Party.SNP)).isZero();
    }

    @Test
    void byNationTargetsKeepTheGbTotalsAndLandTheSnpsChangeInScotland() {
        var baseline = new Baseline(List.of(
                Fixtures.seat(
                        "E14000001", Nation.ENGLAND, "E12000001", Fixtures.percent(40, 60, 0, 0, 0, 0, 0, 0), 3000),
                Fixtures.seat(
                        "S14000001", Nation.SCOTLAND, "S92000003", Fixtures.percent(20, 40, 0, 0, 0, 40, 0, 0), 1000)));
        // GB: SNP 10 → 12.5 means Scotland 40 → 50
        var p = Projection.of(
                baseline,
                Targets.byNation(ShareVector.parse("Con=30,Lab=57.5,SNP=12.5")),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
        assertThat(p.shares(1).get(Party.SNP)).isCloseTo(0.50, within(1e-9));
        assertThat(p.nationalShares().get(Party.SNP)).isCloseTo(0.125, within(1e-9));
        assertThat(p.nationalShares().get(Party.CON)).isCloseTo(0.30, within(1e-9));
    }

    @Test
    void tacticalVotingMovesThirdPlacedBlocVotesToTheBestPlacedBlocParty() {
        var baseline = Fixtures.of(List.of(Fixtures.percent(40, 30, 20, 10, 0, 0, 0, 0)));
        var options = ModelOptions.DEFAULTS.withTactical(TacticalVoting.DEFAULT);
        var p = Projection.of(
                baseline, Targets.national(ShareVector.parse("Con=40,Lab=30,LD=20,RUK=10")), SwingModel.UNS, options);
        // Lab is second, LD third: a quarter of LD's 20 goes to Lab
        assertThat(p.shares(0).get(Party.LAB)).isCloseTo(0.35, within(E));
        assertThat(p.shares(0).get(Party.LD)).isCloseTo(0.15, within(E));
        assertThat(p.shares(0).get(Party.CON)).isCloseTo(0.40, within(E));
    }

    @Test
    void modelCodesRoundTrip() {
        for (SwingModel model : SwingModel.values()) {
            assertThat(SwingModel.ofCode(model.code())).isEqualTo(model);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SwingModel.ofCode("xyz"))
                .hasMessage("unknown model \"xyz\"; use uns, ps, tm or stm");
    }
}
