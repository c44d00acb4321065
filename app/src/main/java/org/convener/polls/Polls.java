package org.convener.polls;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.convener.engine.Poll;
import org.convener.engine.PollAverage;
import org.convener.platform.imports.DatasetImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Published GB polls and their average. */
@Service
public class Polls {

    private final PollRepository repository;
    private final ProjectionSettings settings;
    private final AtomicReference<List<PublishedPoll>> cache = new AtomicReference<>();

    private final PollFreshness freshness;
    private final java.time.Clock clock;

    Polls(PollRepository repository, ProjectionSettings settings, PollFreshness freshness, java.time.Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.freshness = freshness;
        this.clock = clock;
    }

    /** How old the average is today: its date, and whether it is stale. */
    public Optional<AverageAge> age() {
        return age(LocalDate.now(clock));
    }

    /** How old the average is on {@code day}. */
    public Optional<AverageAge> age(LocalDate day) {
        return latest().map(asOf -> new AverageAge(asOf, day, freshness.staleAfterDays()));
    }

    /** Every poll, most recent first. */
    public List<PublishedPoll> published() {
        List<PublishedPoll> polls = cache.get();
        if (polls == null) {
            polls = repository.all();
            cache.set(polls);
        }
        return polls;
    }

    public List<Poll> polls() {
        return published().stream().map(PublishedPoll::poll).toList();
    }

    /** The day the most recent poll's fieldwork ended. */
    public Optional<LocalDate> latest() {
        return published().stream().map(p -> p.poll().fieldworkEnd()).max(LocalDate::compareTo);
    }

    /** The average as of the latest poll, if there are polls. */
    public Optional<PollAverage> currentAverage() {
        return latest().map(day -> PollAverage.of(polls(), day, settings.averaging()));
    }

    /** The average as it stood on {@code day}, from the polls then published. */
    public PollAverage averageAsOf(LocalDate day, PollAverage.Settings averaging) {
        return PollAverage.of(polls(), day, averaging);
    }

    /** The average every {@code everyDays} days across the whole record, for the trend line. */
    public List<PollAverage> trend(int everyDays) {
        var days =
                published().stream().map(p -> p.poll().fieldworkEnd()).sorted().toList();
        if (days.isEmpty()) {
            return List.of();
        }
        return PollAverage.series(polls(), days.get(0), days.get(days.size() - 1), everyDays, settings.averaging());
    }

    @EventListener
    void on(PollsChanged event) {
        cache.set(null);
    }

    @EventListener
    void on(DatasetImported event) {
        cache.set(null);
    }
}
