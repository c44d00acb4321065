package org.convener.groups;

/** Someone joined, left, changed role or took or left a post in a group. */
public record MembershipChanged(long groupId, long personId) {}
