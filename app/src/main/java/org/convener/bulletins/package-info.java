/**
 * Publishing numbers every week: a caucus's delivery metrics, its weekly bulletin (assembled from
 * its record, approved by an officer, published as a page, a PDF and an email) and a briefing
 * pack per seat. It sits near the top and reads the public APIs of polls, groups, engagements
 * and letters; nothing calls it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::audit",
            "platform::mail",
            "people",
            "polls",
            "seats",
            "groups",
            "engagements",
            "letters",
            "ballots",
            "shared"
        })
package org.convener.bulletins;
