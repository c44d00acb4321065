package org.convener.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests to the API per minute, per token and per client address, counted in the database (as
 * sign-in delays are) so that the limits hold however many instances answer.
 */
@Component
class ApiRateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perToken;
    private final int perAddress;

    ApiRateLimits(
            JdbcClient jdbc,
            Clock clock,
            @Value("${convener.api.requests-per-minute-per-token:600}") int perToken,
            @Value("${convener.api.requests-per-minute-per-address:600}") int perAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perToken = perToken;
        this.perAddress = perAddress;
    }

    /**
     * Counts a request against its address and, when it carries one, its token; returns how long
     * to wait when either is over its limit, or zero.
     */
    Duration count(String address, Long tokenId) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        boolean over = count("address:" + SignInThrottle.network(address), window) > perAddress;
        if (tokenId != null) {
            over |= count("token:" + tokenId, window) > perToken;
        }
        return over ? Duration.between(now, window.plus(Duration.ofMinutes(1))) : Duration.ZERO;
    }

    private int count(String key, Instant window) {
        return jdbc.sql("""
                        insert into platform.api_rate (key, window_start, requests) values (:key, :window, 1)
                        on conflict (key) do update set
                            requests = case when api_rate.window_start = excluded.window_start
                                            then api_rate.requests + 1 else 1 end,
                            window_start = excluded.window_start
                        returning requests
                        """)
                .param("key", key)
                .param("window", Timestamp.from(window))
                .query(Integer.class)
                .single();
    }

    /** Counts of minutes gone by are of no further use. */
    @Scheduled(cron = "0 */10 * * * *")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "api-rate-purge", lockAtLeastFor = "PT1M")
    public void purge() {
        jdbc.sql("delete from platform.api_rate where window_start < :old")
                .param("old", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))))
                .update();
    }
}
