package org.convener.bulletins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery metrics: figures a caucus tracks week by week, each value dated by the day it refers
 * to and linked to where it was published, every value audited. Those who may see a caucus see its
 * metrics; those who run it (its officers, administrators) define them and record values.
 */
@Service
public class Metrics {

    private final BulletinStore store;
    private final CaucusAccess caucuses;
    private final AuditLog audit;
    private final Clock clock;

    Metrics(BulletinStore store, CaucusAccess caucuses, AuditLog audit, Clock clock) {
        this.store = store;
        this.caucuses = caucuses;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Metric> of(long caucusId) {
        return store.metrics(caucusId);
    }

    public Optional<Metric> find(long id) {
        return store.metric(id);
    }

    public List<Metric> forSeat(String code) {
        return store.metricsForSeat(code);
    }

    /** Every value, oldest first. */
    public List<Metric.Value> values(long metricId) {
        return store.values(metricId);
    }

    /** The value standing on a day: the latest referring to that day or before. */
    public Optional<Metric.Value> valueOn(long metricId, LocalDate day) {
        return store.valueOn(metricId, day);
    }

    @Transactional
    public Metric define(
            CurrentUser user, long caucusId, String name, String unit, String source, String method, String seatCode) {
        caucuses.requireRuns(user, caucusId);
        return define(caucusId, name, unit, source, method, seatCode, false);
    }

    /** Defines a metric without a signed-in officer: for the demonstration. */
    @Transactional
    public Metric define(
            long caucusId,
            String name,
            String unit,
            String source,
            String method,
            String seatCode,
            boolean illustrative) {
        name = required(name, "name", 120);
        unit = required(unit, "unit", 40);
        source = required(source, "source", 200);
        method = method == null ? "" : method.strip();
        if (method.length() > 2000) {
            throw new IllegalArgumentException("method: keep the note of method under 2,000 characters");
        }
        String seat =
                seatCode == null || seatCode.isBlank() ? null : seatCode.strip().toUpperCase();
        if (seat != null && !seat.matches("[ENSW][0-9]{8}")) {
            throw new IllegalArgumentException("seat: \"" + seatCode + "\" is not a constituency code");
        }
        if (store.metricNamed(caucusId, name)) {
            throw new IllegalArgumentException("name: the caucus tracks a metric called \"" + name + "\" already");
        }
        long id = store.insertMetric(caucusId, name, unit, source, method, seat, illustrative, clock.instant());
        var after = new LinkedHashMap<String, Object>();
        after.put("caucus", caucusId);
        after.put("name", name);
        after.put("unit", unit);
        after.put("source", source);
        after.put("method", method);
        after.put("seat", seat);
        audit.record("metric.defined", "metric", id, null, null, after);
        return store.metric(id).orElseThrow();
    }

    @Transactional
    public Metric.Value record(CurrentUser user, long metricId, String refersTo, String value, String sourceUrl) {
        Metric metric = store.metric(metricId).orElseThrow(() -> new IllegalArgumentException("no such metric"));
        caucuses.requireRuns(user, metric.caucusId());
        LocalDate day = day(refersTo);
        if (day.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date: a value cannot refer to a day still to come (" + day + ")");
        }
        return record(metricId, day, number(value), sourceUrl, user.accountId());
    }

    /** Records a value; for the demonstration and the form alike. */
    @Transactional
    public Metric.Value record(long metricId, LocalDate day, BigDecimal value, String sourceUrl, Long accountId) {
        String url = sourceUrl == null ? "" : sourceUrl.strip();
        if (!url.matches("https?://\\S+") || url.length() > 500) {
            throw new IllegalArgumentException("source: give the web address the value was published at (https://…)");
        }
        long id = store.insertValue(metricId, day, value, url, accountId, clock.instant());
        audit.record(
                "metric.value-recorded",
                "metric",
                metricId,
                null,
                null,
                Map.of("value_id", id, "refers_to", day.toString(), "value", value.toPlainString(), "source_url", url));
        return store.values(metricId).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static String required(String text, String field, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + ": give the metric's " + field);
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return value;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("date: give the day the value refers to (YYYY-MM-DD)");
        }
    }

    private static BigDecimal number(String text) {
        String cleaned = text == null ? "" : text.strip().replace(",", "");
        try {
            var value = new BigDecimal(cleaned);
            if (value.abs().compareTo(new BigDecimal("1e15")) >= 0 || value.scale() > 2) {
                throw new IllegalArgumentException(
                        "value: \"" + text + "\" is too large or has more than two decimal places");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value: \"" + text + "\" is not a number");
        }
    }
}
