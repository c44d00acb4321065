/**
 * Pressing the leadership: stakeholders and the posts they hold, engagements with them, the asks a
 * caucus makes with their status over time, commitments received, follow-up actions, and a
 * calendar feed of upcoming engagements.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::accounts",
            "platform::audit",
            "platform::mail",
            "people",
            "groups",
            "seats",
            "shared"
        })
package org.convener.engagements;
