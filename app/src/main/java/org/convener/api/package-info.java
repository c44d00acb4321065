/**
 * The open API under {@code /api/v1}: JSON over each module's public API, for personal tokens and
 * for visitors (seat intelligence), documented by OpenAPI at {@code /api/docs}. No module calls it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::security",
            "seats",
            "polls",
            "engagements",
            "groups",
            "people",
            "shared"
        })
package org.convener.api;
