package org.convener.bulletins;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.convener.engine.Party;

/** How a bulletin writes its figures: percentages, signed changes and the members who moved most. */
public final class BulletinText {

    private final Figures figures;

    public BulletinText(Figures figures) {
        this.figures = figures;
    }

    /** The parties of the average, largest first. */
    public List<String> parties() {
        if (figures.polling() == null) {
            return List.of();
        }
        return figures.polling().now().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    public String partyName(String code) {
        return Party.GB_MODEL.stream()
                .filter(p -> p.code().equals(code))
                .map(Party::displayName)
                .findFirst()
                .orElse(code);
    }

    /** Every member's seat, those whose chance moved most first. */
    public List<Figures.SeatLine> movers() {
        if (figures.risk() == null) {
            return List.of();
        }
        return figures.risk().seats();
    }

    /** {@code 31.2%} from 31.2. */
    public String percent(Double percent) {
        return percent == null ? "–" : String.format(Locale.UK, "%.1f%%", percent);
    }

    /** {@code +1.2 pts}, {@code −0.4 pts} or {@code no change}. */
    public String points(Double points) {
        if (points == null) {
            return "–";
        }
        if (Math.abs(points) < 0.05) {
            return "no change";
        }
        return (points > 0 ? "+" : "−") + String.format(Locale.UK, "%.1f pts", Math.abs(points));
    }

    public String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + Math.abs(change) : "no change";
    }

    public String signed(BigDecimal change) {
        int sign = change.signum();
        return sign == 0 ? "no change" : (sign > 0 ? "+" : "−") + number(change.abs());
    }

    public String number(BigDecimal value) {
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }
}
