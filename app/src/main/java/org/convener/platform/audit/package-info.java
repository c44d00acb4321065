/** The append-only audit log of changes to people, memberships, posts and accounts. */
@org.springframework.modulith.NamedInterface("audit")
package org.convener.platform.audit;
