package org.convener.polls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.convener.polls.importing.PollRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls kept current in the product: officers and administrators add a poll, correct or withdraw
 * one with a reason, or upload a file of them in the tidy format, all checked as the import
 * checks the published file, every change audited, and a repeat of a poll already held refused.
 */
@Service
public class PollEntries {

    private final PollRepository store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PollEntries(PollRepository store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a person types for one poll; shares in percent, blank for a party not reported. */
    public record Draft(
            String fieldworkStart,
            String fieldworkEnd,
            String pollster,
            String client,
            String sampleSize,
            String method,
            String sourceUrl,
            Map<String, String> shares,
            String notes) {}

    /** Officers and administrators keep the polls. */
    public static boolean mayKeep(CurrentUser user) {
        return user.admin() || user.has(CurrentUser.OFFICER);
    }

    public List<EnteredPoll> entered() {
        return store.entered();
    }

    public Optional<EnteredPoll> find(long id) {
        return store.entered(id);
    }

    /** Adds one poll; a problem is named by its field. */
    @Transactional
    public long add(CurrentUser user, Draft draft) {
        require(user);
        Object[] row = readForm(draft);
        String source = sourceUrl(draft.sourceUrl(), true);
        if (store.holds(row, null)) {
            throw new IllegalArgumentException("this poll is held already (the same pollster, client, fieldwork dates,"
                    + " sample size and shares)");
        }
        long id = store.insert(row, blankToNull(draft.method()), source, user.accountId(), clock.instant());
        audit.record("poll.added", "poll", "entered:" + id, null, null, describe(row, draft.method(), source));
        changed();
        return id;
    }

    /** Corrects an entered poll; the reason is audited with the values before and after. */
    @Transactional
    public void correct(CurrentUser user, long id, Draft draft, String reason) {
        require(user);
        EnteredPoll before = store.entered(id).orElseThrow(() -> new IllegalArgumentException("no such poll"));
        if (before.withdrawn()) {
            throw new IllegalStateException("a withdrawn poll cannot be corrected");
        }
        String why = reason(reason, "correcting");
        Object[] row = readForm(draft);
        String source = sourceUrl(draft.sourceUrl(), true);
        if (store.holds(row, id)) {
            throw new IllegalArgumentException("the corrected poll repeats one held already");
        }
        store.update(id, row, blankToNull(draft.method()), source);
        var after = describe(row, draft.method(), source);
        after.put("reason", why);
        audit.record("poll.corrected", "poll", "entered:" + id, null, summary(before.poll()), after);
        changed();
    }

    /** Withdraws an entered poll from the average, for a reason; the record stays. */
    @Transactional
    public void withdraw(CurrentUser user, long id, String reason) {
        require(user);
        EnteredPoll poll = store.entered(id).orElseThrow(() -> new IllegalArgumentException("no such poll"));
        if (poll.withdrawn()) {
            throw new IllegalStateException("the poll was withdrawn already");
        }
        String why = reason(reason, "withdrawing");
        store.withdraw(id, why, clock.instant());
        audit.record("poll.withdrawn", "poll", "entered:" + id, null, summary(poll.poll()), Map.of("reason", why));
        changed();
    }

    /**
     * Adds every poll of a file in the tidy format, or none: each bad line and field is named,
     * and a row repeating a poll already held is refused like a repeat within the file.
     *
     * @return how many polls were added
     * @throws ImportException naming each problem
     */
    @Transactional
    public int upload(CurrentUser user, String file, String text, String sourceUrl) {
        require(user);
        String source = sourceUrl(sourceUrl, false);
        List<Object[]> rows = PollRows.read(file, text);
        var problems = new ArrayList<ImportProblem>();
        for (Object[] row : rows) {
            if (store.holds(row, null)) {
                problems.add(new ImportProblem(
                        file, (Integer) row[row.length - 1], "pollster", "repeats a poll held already"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        if (rows.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(file, "holds no polls"));
        }
        for (Object[] row : rows) {
            long id = store.insert(row, null, source, user.accountId(), clock.instant());
            var after = describe(row, null, source);
            after.put("file", file);
            audit.record("poll.added", "poll", "entered:" + id, null, null, after);
        }
        changed();
        return rows.size();
    }

    private void changed() {
        events.publishEvent(new PollsChanged());
    }

    private static void require(CurrentUser user) {
        if (!mayKeep(user)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only officers and administrators keep the polls");
        }
    }

    /** The form, read as a one-row file so that it passes exactly the file's checks. */
    private static Object[] readForm(Draft draft) {
        var values = new ArrayList<String>();
        values.add(nz(draft.fieldworkStart()));
        values.add(nz(draft.fieldworkEnd()));
        values.add(nz(draft.pollster()));
        values.add(nz(draft.client()));
        values.add("GB");
        values.add(nz(draft.sampleSize()).replace(",", ""));
        for (String party : PollRows.SHARES) {
            values.add(nz(draft.shares() == null ? null : draft.shares().get(party)));
        }
        values.add(nz(draft.notes()));
        if (values.get(2).isBlank()) {
            throw new IllegalArgumentException("pollster: give the pollster's name");
        }
        if (PollRows.SHARES.stream()
                .allMatch(
                        p -> draft.shares() == null || nz(draft.shares().get(p)).isBlank())) {
            throw new IllegalArgumentException("shares: give at least one party's share");
        }
        String text = String.join(",", PollRows.COLUMNS) + "\n"
                + String.join(",", values.stream().map(PollEntries::quoted).toList()) + "\n";
        try {
            return PollRows.read("the form", text).get(0);
        } catch (ImportException e) {
            var first = e.problems().get(0);
            throw new IllegalArgumentException(
                    (first.column() == null ? "" : first.column().replace('_', ' ') + ": ") + first.reason());
        }
    }

    /** One field of the one-row file the form is read as: quoted, its quotes doubled (RFC 4180). */
    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String sourceUrl(String text, boolean required) {
        String url = blankToNull(text);
        if (url == null) {
            if (required) {
                throw new IllegalArgumentException("source: give the address where the poll was published");
            }
            return null;
        }
        if (!url.matches("https?://\\S+") || url.length() > 500) {
            throw new IllegalArgumentException("source: \"" + url + "\" is not a web address (http:// or https://)");
        }
        return url;
    }

    private static String reason(String text, String doing) {
        String why = blankToNull(text);
        if (why == null) {
            throw new IllegalArgumentException("give a reason for " + doing + " the poll");
        }
        if (why.length() > 500) {
            throw new IllegalArgumentException("keep the reason under 500 characters");
        }
        return why;
    }

    private static Map<String, Object> describe(Object[] row, String method, String source) {
        var values = new LinkedHashMap<String, Object>();
        values.put("fieldwork_start", String.valueOf(row[0]));
        values.put("fieldwork_end", String.valueOf(row[1]));
        values.put("pollster", row[2]);
        values.put("client", row[3]);
        values.put("sample_size", row[5]);
        for (int i = 0; i < PollRows.SHARES.size(); i++) {
            if (row[6 + i] != null) {
                values.put(PollRows.SHARES.get(i), row[6 + i].toString());
            }
        }
        values.put("method", blankToNull(method));
        values.put("source_url", source);
        return values;
    }

    private static Map<String, Object> summary(PublishedPoll poll) {
        var values = new LinkedHashMap<String, Object>();
        values.put("fieldwork_end", poll.poll().fieldworkEnd().toString());
        values.put("pollster", poll.poll().pollster());
        values.put("sample_size", poll.poll().sampleSize());
        poll.poll().shares().forEach((party, share) -> values.put(party.code(), share));
        return values;
    }

    private static String nz(String text) {
        return text == null ? "" : text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
