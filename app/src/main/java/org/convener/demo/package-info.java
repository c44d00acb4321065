/**
 * The demonstration: an illustrative caucus built from the MPs for red-wall seats, two more
 * caucuses, two local groups with vacant posts and an account for each role, all labelled
 * illustrative, so a new user sees a living system in one command.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::accounts",
            "platform::audit",
            "platform::imports",
            "people",
            "groups",
            "seats",
            "engagements",
            "letters",
            "votes",
            "ballots",
            "shared"
        })
package org.convener.demo;
