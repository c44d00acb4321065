package org.convener.polls.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.convener.polls.ProjectionSettings;
import org.springframework.stereotype.Component;

/**
 * Turns for the simulations the pages run: a few at once, a short queue behind them, and beyond
 * that an answer to come back shortly, so that anyone asking for projections cannot starve the
 * server of its processors.
 */
@Component
class SimulationGate {

    /** How long a queued request waits for a turn before it is asked to come back. */
    static final Duration WAIT = Duration.ofSeconds(20);

    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Semaphore turns;
    private final AtomicInteger queued = new AtomicInteger();
    private final int queue;

    SimulationGate(ProjectionSettings settings) {
        this.turns = new Semaphore(settings.concurrentRuns(), true);
        this.queue = settings.queuedRuns();
    }

    <T> T run(Supplier<T> simulation) {
        if (!turns.tryAcquire()) {
            if (queued.incrementAndGet() > queue) {
                queued.decrementAndGet();
                throw new Busy();
            }
            try {
                if (!turns.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new Busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy();
            } finally {
                queued.decrementAndGet();
            }
        }
        try {
            return simulation.get();
        } finally {
            turns.release();
        }
    }

    /** Every turn is taken and the queue is full. */
    static final class Busy extends RuntimeException {

        Busy() {
            super("The server is busy with other projections. Please try again in " + RETRY_AFTER.toSeconds()
                    + " seconds.");
        }

        Duration retryAfter() {
            return RETRY_AFTER;
        }
    }
}
