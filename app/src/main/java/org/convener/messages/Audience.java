package org.convener.messages;

import org.convener.groups.Role;

/**
 * Whom in a group a message is for: everyone, or those with a role, a tag or a constituency.
 *
 * @param role {@code null} for every role
 * @param tag {@code null} for any tag
 * @param constituency an ONS code, {@code null} for anywhere
 */
public record Audience(Role role, String tag, String constituency) {

    public static final Audience EVERYONE = new Audience(null, null, null);

    public Audience {
        tag = tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(java.util.Locale.ROOT);
        constituency = constituency == null || constituency.isBlank() ? null : constituency.trim();
    }

    public boolean everyone() {
        return role == null && tag == null && constituency == null;
    }
}
