package org.convener.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long to keep the record of someone who has left every group.
 *
 * @param months after their last membership ended ({@code CONVENER_PEOPLE_RETENTION_MONTHS})
 * @param automatic erase them daily without asking ({@code CONVENER_PEOPLE_RETENTION_AUTOMATIC})
 */
@ConfigurationProperties("convener.people.retention")
public record RetentionSettings(
        @DefaultValue("24") int months,
        @DefaultValue("false") boolean automatic) {

    public RetentionSettings {
        if (months < 1) {
            throw new IllegalArgumentException("the retention period must be at least a month");
        }
    }
}
