package org.convener.platform.accounts;

/** A created account and the one-time password to pass on to its owner, shown once. */
public record NewAccount(Account account, String oneTimePassword) {}
