package org.convener.seats;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.engine.ConstituencyCode;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The named lists of seats, to create, read and remove. */
@Service
public class SeatSets {

    private final JdbcClient db;
    private final SeatIntelligence seats;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<SeatSetAccess> access;

    // lazily: the red-wall import writes a set while seat intelligence is still being wired
    SeatSets(
            JdbcClient db,
            @Lazy SeatIntelligence seats,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<SeatSetAccess> access) {
        this.db = db;
        this.seats = seats;
        this.clock = clock;
        this.access = access;
    }

    /** The sets a visitor (signed in or not) may see. */
    public List<SeatSet> visibleTo(Optional<org.convener.platform.CurrentUser> user) {
        return all().stream().filter(set -> visible(set, user)).toList();
    }

    public Optional<SeatSet> findVisible(String name, Optional<org.convener.platform.CurrentUser> user) {
        return find(name).filter(set -> visible(set, user));
    }

    private boolean visible(SeatSet set, Optional<org.convener.platform.CurrentUser> user) {
        var keepers = access.orderedStream().filter(a -> a.keeps(set)).toList();
        return keepers.isEmpty()
                ? set.origin() != SeatSet.Origin.CAUCUS
                : keepers.stream().allMatch(a -> a.canSee(set, user));
    }

    public List<SeatSet> all() {
        var sets = new LinkedHashMap<String, SeatSet>();
        db.sql("select * from seats.seat_set order by origin, title")
                .query((rs, n) -> new SeatSet(
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("description"),
                        SeatSet.Origin.valueOf(rs.getString("origin")),
                        rs.getTimestamp("created_at").toInstant(),
                        Set.of()))
                .list()
                .forEach(set -> sets.put(set.name(), set));
        var members = new LinkedHashMap<String, Set<ConstituencyCode>>();
        db.sql("select set_name, constituency_code from seats.seat_set_member")
                .query((rs, n) ->
                        Map.entry(rs.getString("set_name"), ConstituencyCode.of(rs.getString("constituency_code"))))
                .list()
                .forEach(member -> members.computeIfAbsent(member.getKey(), k -> new HashSet<>())
                        .add(member.getValue()));
        return sets.values().stream()
                .map(s -> new SeatSet(
                        s.name(),
                        s.title(),
                        s.description(),
                        s.origin(),
                        s.createdAt(),
                        members.getOrDefault(s.name(), Set.of())))
                .toList();
    }

    public Optional<SeatSet> find(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The seats of a set, by name, in alphabetical order of constituency. */
    public List<Seat> seatsOf(SeatSet set) {
        return seats.seats().stream()
                .filter(seat -> set.contains(seat.constituency().code()))
                .toList();
    }

    /**
     * Creates a set from constituency codes; every code must be a 2024 constituency.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    @Transactional
    public SeatSet create(String name, String title, String description, SeatSet.Origin origin, List<String> codes) {
        SeatSet.requireValidName(name);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a seat set needs at least one constituency");
        }
        var known = new HashSet<>(db.sql("select code from seats.constituency")
                .query(String.class)
                .list());
        var unknown = new ArrayList<String>();
        var members = new HashSet<ConstituencyCode>();
        for (String code : codes) {
            String trimmed = code.trim();
            if (!known.contains(trimmed)) {
                unknown.add(trimmed);
            } else {
                members.add(ConstituencyCode.of(trimmed));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not 2024 constituency codes: "
                    + String.join(", ", unknown.stream().limit(10).toList())
                    + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : ""));
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("a seat set called \"" + name + "\" already exists");
        }
        var set = new SeatSet(name, title.trim(), description, origin, clock.instant(), members);
        insert(set);
        return set;
    }

    /** Creates a set of the seats a filter selects. */
    @Transactional
    public SeatSet createFromFilter(String name, String title, String description, SeatFilter filter) {
        var codes = seats.find(filter, SeatOrder.NAME).stream().map(Seat::code).toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("no seat matches that filter");
        }
        return create(name, title, description, SeatSet.Origin.USER, codes);
    }

    /**
     * Replaces a set wholesale, keeping when it was first made; for sets that come with a dataset
     * or follow a caucus.
     */
    @Transactional
    public void replace(SeatSet set) {
        var created = find(set.name()).map(SeatSet::createdAt).orElse(set.createdAt());
        db.sql("delete from seats.seat_set where name = ?").param(set.name()).update();
        insert(new SeatSet(set.name(), set.title(), set.description(), set.origin(), created, set.seats()));
    }

    /** Removes a set users made. */
    @Transactional
    public boolean delete(String name) {
        var set = find(name)
                .orElseThrow(() -> new IllegalArgumentException("there is no seat set called \"" + name + "\""));
        if (set.origin() != SeatSet.Origin.USER) {
            throw new IllegalArgumentException("\"" + name + "\" comes with "
                    + (set.origin() == SeatSet.Origin.DATASET ? "the data" : "a caucus") + " and cannot be deleted");
        }
        return db.sql("delete from seats.seat_set where name = ?").param(name).update() == 1;
    }

    private void insert(SeatSet set) {
        db.sql("insert into seats.seat_set (name, title, description, origin, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        set.name(),
                        set.title(),
                        set.description(),
                        set.origin().name(),
                        Timestamp.from(set.createdAt()))
                .update();
        // one statement for all the set's seats
        db.sql("insert into seats.seat_set_member (set_name, constituency_code)"
                        + " select ?, code from unnest(?::text[]) with ordinality as c(code, n) order by n")
                .params(
                        set.name(),
                        set.seats().stream()
                                .sorted()
                                .map(ConstituencyCode::value)
                                .toArray(String[]::new))
                .update();
    }
}
