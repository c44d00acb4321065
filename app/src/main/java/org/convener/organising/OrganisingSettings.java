package org.convener.organising;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the organising module.
 *
 * @param largestUpload the largest document or course material accepted
 *     ({@code CONVENER_ORGANISING_LARGEST_UPLOAD}, default 10MB; the server reads no request above 16 MB)
 */
@ConfigurationProperties("convener.organising")
public record OrganisingSettings(@DefaultValue("10MB") DataSize largestUpload) {

    public OrganisingSettings {
        if (largestUpload.toBytes() < 1024) {
            throw new IllegalArgumentException("the largest upload must be at least 1 KB");
        }
    }
}
