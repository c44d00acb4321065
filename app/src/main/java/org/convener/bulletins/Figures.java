package org.convener.bulletins;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a bulletin says, as assembled from the caucus's record for its week: kept with the
 * bulletin, so that a published bulletin reads the same for ever, whatever changes later. Every
 * line carries the address of its page in Convener.
 *
 * @param asOf the day the figures stand on: the week's last day, or the day it was assembled if earlier
 */
public record Figures(
        String caucusName,
        String caucusSlug,
        LocalDate week,
        LocalDate asOf,
        Polling polling,
        Risk risk,
        List<MetricLine> metrics,
        List<AskLine> asksMoved,
        List<Line> commitmentsReceived,
        List<AskLine> delivered,
        List<Line> engagements,
        List<Line> letters,
        Membership membership,
        List<Line> vacanciesFilled,
        List<Line> endorsements) {

    /** A line of a section: what, when, and its page. */
    public record Line(String text, LocalDate on, String link) {}

    /**
     * The poll average at the week's end and a week before, in percent by party code.
     *
     * @param newest the day the newest poll's fieldwork ended
     * @param stale whether the newest poll was older than the limit on {@code asOf}
     */
    public record Polling(
            LocalDate newest,
            long ageDays,
            boolean stale,
            int staleAfterDays,
            Map<String, Double> now,
            Map<String, Double> weekBefore) {

        public Double change(String party) {
            Double a = now.get(party);
            Double b = weekBefore == null ? null : weekBefore.get(party);
            return a == null || b == null ? null : a - b;
        }
    }

    /**
     * The caucus's seats at risk: chances of holding under the average now and a week before,
     * and the seats lost at Reform UK's share now and then.
     */
    public record Risk(
            List<SeatLine> seats,
            double reformShareNow,
            Double reformShareBefore,
            List<SeatLine> lostNow,
            int lostBefore) {

        public Integer lostChange() {
            return reformShareBefore == null ? null : lostNow.size() - lostBefore;
        }
    }

    /** A member's seat, its 2024 majority, and their chance of holding it (0–1) now and a week before. */
    public record SeatLine(
            String mp, String seatCode, String seatName, long majority2024, Double holdNow, Double holdBefore) {

        public Double change() {
            return holdNow == null || holdBefore == null ? null : holdNow - holdBefore;
        }

        public String link() {
            return "/seats/" + seatCode;
        }
    }

    /** A metric's latest value by the week's end and its change over the week. */
    public record MetricLine(
            long id,
            String name,
            String unit,
            java.math.BigDecimal value,
            LocalDate refersTo,
            java.math.BigDecimal weekBefore,
            String sourceUrl) {

        public java.math.BigDecimal change() {
            return value == null || weekBefore == null ? null : value.subtract(weekBefore);
        }

        public String link() {
            return "/metrics/" + id;
        }
    }

    /** An ask that moved in the week. */
    public record AskLine(long id, String title, String from, String to, LocalDate on) {

        public String link() {
            return "/asks/" + id;
        }
    }

    /** Members at the week's start and end. */
    public record Membership(int atStart, int atEnd) {

        public int growth() {
            return atEnd - atStart;
        }
    }
}
