package org.convener.votes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.groups.Membership;
import org.convener.seats.SeatSet;

/**
 * A set of MPs whose cohesion can be measured, and who was in it on each day: a caucus's members
 * (by their memberships), a party's MPs (by their party at each vote) or a seat set's MPs.
 * Everyone counted must also have sat in the House that day.
 */
public final class Bloc {

    public enum Kind {
        CAUCUS,
        PARTY,
        SEAT_SET
    }

    /** Whether an MP was in the bloc on a day; {@code voteParty} is their party when they voted that day. */
    interface Rule {
        boolean includes(int memberId, Sitting sitting, LocalDate day, String voteParty, VoteRecord record);
    }

    private final Kind kind;
    private final String name;
    private final String key;
    private final Party party;
    private final Rule rule;

    private Bloc(Kind kind, String name, String key, Party party, Rule rule) {
        this.kind = kind;
        this.name = name;
        this.key = key;
        this.party = party;
        this.rule = rule;
    }

    /** A caucus's MP members, each counted only on days their membership was open. */
    public static Bloc caucus(Group caucus, List<Membership> memberships) {
        Map<Long, List<Membership>> byPerson = new HashMap<>();
        memberships.forEach(m -> byPerson.computeIfAbsent(m.personId(), k -> new java.util.ArrayList<>())
                .add(m));
        return new Bloc(Kind.CAUCUS, caucus.name(), caucus.slug(), null, (id, sitting, day, party, record) -> {
            Long person = record.persons().get(id);
            return person != null
                    && (party != null || sitting.satOn(day))
                    && byPerson.getOrDefault(person, List.of()).stream().anyMatch(m -> m.openOn(day));
        });
    }

    /** A party's MPs: by their party at the vote, or for those who did not vote, at their nearest vote. */
    public static Bloc party(Party party) {
        return new Bloc(Kind.PARTY, party.displayName(), party.code(), party, (id, sitting, day, voteParty, record) -> {
            String code =
                    voteParty != null ? voteParty : record.partyOn(id, day).orElse(null);
            return party.code().equals(code) && (voteParty != null || sitting.satOn(day));
        });
    }

    /** The MPs who sat for a set's seats. */
    public static Bloc seatSet(SeatSet set) {
        var codes = set.seats().stream().map(ConstituencyCode::value).collect(java.util.stream.Collectors.toSet());
        return new Bloc(
                Kind.SEAT_SET,
                set.title(),
                set.name(),
                null,
                (id, sitting, day, party, record) ->
                        codes.contains(sitting.constituencyCode()) && (party != null || sitting.satOn(day)));
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The caucus's slug, the party's code or the set's name. */
    public String key() {
        return key;
    }

    /** For a party's bloc, the party. */
    public java.util.Optional<Party> party() {
        return java.util.Optional.ofNullable(party);
    }

    boolean includes(int memberId, Sitting sitting, LocalDate day, String voteParty, VoteRecord record) {
        return rule.includes(memberId, sitting, day, voteParty, record);
    }
}
