/**
 * Seat intelligence: every constituency on the 2024 boundaries with its official results (the 2024
 * general election, the notional 2019 result and by-elections since), its MP and its place on the
 * hex map.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"engine", "platform", "platform::imports", "shared"})
package org.convener.seats;
