package org.convener.seats;

import org.convener.engine.Party;

/**
 * A sitting MP as the Members' list records them.
 *
 * @param memberId the Parliament (MNIS) member id
 * @param partyName the party as Parliament names it now, after any defection
 * @param email the parliamentary email address, public by design
 */
public record MemberOfParliament(Integer memberId, String name, String partyName, Party party, String email) {}
