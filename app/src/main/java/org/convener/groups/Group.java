package org.convener.groups;

import java.time.Instant;
import java.util.List;

/**
 * A caucus or a local group.
 *
 * @param slug its short name in addresses
 * @param illustrative made by the demo, not real
 * @param areas the constituencies a local group works in, with a branch where named
 */
public record Group(
        long id,
        GroupKind kind,
        String name,
        String slug,
        String description,
        boolean illustrative,
        Instant createdAt,
        List<Area> areas) {

    public record Area(String constituencyCode, String branch) {}

    public Group {
        areas = List.copyOf(areas);
    }
}
