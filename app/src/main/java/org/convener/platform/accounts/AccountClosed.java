package org.convener.platform.accounts;

/** An account was disabled or erased: whoever is signed in with it must be signed out now. */
public record AccountClosed(long accountId) {}
