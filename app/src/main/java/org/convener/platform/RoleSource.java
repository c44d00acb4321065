package org.convener.platform;

import java.util.Set;

/**
 * Where a person's roles come from beyond the account itself: a module that knows who convenes,
 * officers or organises a group contributes them. Asked on every request, so a change of role
 * takes effect at once.
 */
public interface RoleSource {

    /** The roles the person holds now, from {@link CurrentUser}'s constants. */
    Set<String> rolesOf(long personId);
}
