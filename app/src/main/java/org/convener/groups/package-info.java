/**
 * Caucuses and local groups: memberships over time, roles, officer posts and their holders,
 * vacancies and volunteers, growth, a caucus's seats and the risk they run.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::accounts",
            "platform::audit",
            "platform::imports",
            "platform::mail",
            "people",
            "polls",
            "seats",
            "shared"
        })
package org.convener.groups;
