/**
 * Growing from below: a local group's meetings and events with RSVPs, attendance, minutes and action
 * points (which are the engagements module's follow-ups), the candidate pipeline, political
 * education, and the research library.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "platform",
            "platform::accounts",
            "platform::audit",
            "people",
            "groups",
            "engagements",
            "shared"
        })
package org.convener.organising;
