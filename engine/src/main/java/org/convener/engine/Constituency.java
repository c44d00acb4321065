package org.convener.engine;

import java.util.Objects;

/** A Westminster constituency on the 2024 boundaries. */
public record Constituency(ConstituencyCode code, String name, Region region, Nation nation) {

    public Constituency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(nation, "nation");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("constituency " + code + " has no name");
        }
        if (code.nation() != nation) {
            throw new IllegalArgumentException("constituency " + code + " is coded for "
                    + code.nation().displayName() + " but placed in " + nation.displayName());
        }
    }
}
