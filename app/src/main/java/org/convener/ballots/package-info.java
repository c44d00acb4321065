/**
 * Deciding together: hustings, contests with nominations, secret ranked ballots and their counts,
 * verifiable receipts, published anonymised ballots, and the endorsements a group makes. The
 * counting rules themselves live in the engine.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "count",
            "platform",
            "platform::accounts",
            "platform::audit",
            "people",
            "groups",
            "engagements",
            "shared"
        })
package org.convener.ballots;
