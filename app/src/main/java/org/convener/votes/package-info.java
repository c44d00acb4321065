/**
 * How MPs vote: Commons divisions and each MP's vote, imported from the published division lists;
 * the cohesion of a caucus, a party or a seat set's MPs; rebellions; and free votes marked by
 * officers.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::audit",
            "platform::imports",
            "seats",
            "people",
            "groups",
            "shared"
        })
package org.convener.votes;
