package org.convener.organising;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploads to the research library and course materials.
 *
 * @param limit the largest file accepted ({@code CONVENER_ORGANISING_UPLOAD_LIMIT}, default 10MB)
 */
@ConfigurationProperties("convener.organising.upload")
public record OrganisingSettings(@DefaultValue("10MB") DataSize limit) {

    public OrganisingSettings {
        if (limit.toBytes() < 1024) {
            throw new IllegalArgumentException("the largest upload must be at least 1 KB");
        }
    }
}
