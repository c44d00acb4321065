package org.convener.bulletins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.convener.groups.Group;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration's metrics and a published past bulletin, all illustrative: the figures are
 * made up to show the pages, not taken from the sources they name.
 */
@Component
public class BulletinsDemo {

    private final Metrics metrics;
    private final Bulletins bulletins;
    private final Clock clock;

    BulletinsDemo(Metrics metrics, Bulletins bulletins, Clock clock) {
        this.metrics = metrics;
        this.bulletins = bulletins;
        this.clock = clock;
    }

    @Transactional
    public void load(Group caucus, String seatCode) {
        LocalDate lastWeek = Bulletins.weekOf(LocalDate.now(clock)).minusWeeks(1);
        var returned = metrics.define(
                caucus.id(),
                "People returned since July 2024",
                "people",
                "Home Office, returns summary (illustrative figures)",
                "Enforced and voluntary returns together, counted from 5 July 2024; the published total on the day it refers to.",
                null,
                true);
        var decided = metrics.define(
                caucus.id(),
                "Asylum claims decided",
                "decisions",
                "Home Office, immigration system statistics (illustrative figures)",
                "Initial decisions on asylum claims in the week, grants and refusals together.",
                null,
                true);
        var appointments = metrics.define(
                caucus.id(),
                "GP appointments in Bassetlaw",
                "appointments",
                "NHS England, appointments in general practice (illustrative figures)",
                "Appointments attended at the practices of the seat's sub-ICB location in the week.",
                seatCode,
                true);
        int[] returns = {29_840, 30_410, 31_120, 31_905};
        int[] decisions = {2_310, 2_455, 2_390, 2_610};
        int[] seen = {18_420, 18_905, 18_610, 19_240};
        for (int i = 0; i < 4; i++) {
            LocalDate day = lastWeek.minusWeeks(2 - i).plusDays(4);
            if (day.isAfter(LocalDate.now(clock))) {
                continue;
            }
            metrics.record(
                    returned.id(),
                    day,
                    BigDecimal.valueOf(returns[i]),
                    "https://www.gov.uk/government/collections/migration-transparency-data",
                    null);
            metrics.record(
                    decided.id(),
                    day,
                    BigDecimal.valueOf(decisions[i]),
                    "https://www.gov.uk/government/collections/immigration-statistics-quarterly-release",
                    null);
            metrics.record(
                    appointments.id(),
                    day,
                    BigDecimal.valueOf(seen[i]),
                    "https://digital.nhs.uk/data-and-information/publications/statistical/appointments-in-general-practice",
                    null);
        }
        bulletins.publishedForDemo(
                caucus,
                lastWeek,
                "An illustrative bulletin, published by the demonstration: this is how last week's numbers went out to the caucus.");
    }
}
