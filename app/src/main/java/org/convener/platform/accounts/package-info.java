/** Sign-in accounts: creating them, passwords, locking and unlocking. */
@org.springframework.modulith.NamedInterface("accounts")
package org.convener.platform.accounts;
