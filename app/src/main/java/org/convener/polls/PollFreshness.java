package org.convener.polls;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the poll average counts as out of date.
 *
 * @param staleAfterDays the newest poll may be this many days old before every page and bulletin that uses the
 *     average says it is stale ({@code CONVENER_POLLS_STALE_AFTER_DAYS})
 */
@ConfigurationProperties("convener.polls")
public record PollFreshness(@DefaultValue("14") int staleAfterDays) {

    public PollFreshness {
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException("convener.polls.stale-after-days must be at least 1");
        }
    }
}
