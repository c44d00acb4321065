package org.convener.groups;

/** A member offered to fill a vacant post; published in the transaction that records the offer. */
public record VolunteerOffered(long volunteerId, long postId, long groupId, long personId) {}
