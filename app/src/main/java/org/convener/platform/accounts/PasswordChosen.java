package org.convener.platform.accounts;

/** The owner of an account chose a new password from an emailed link, proving they hold its address. */
public record PasswordChosen(long accountId, String email) {}
