package org.convener.shared;

import org.convener.platform.CurrentUser;

/**
 * What every page's layout needs beyond its own content: where it is, and the CSRF token that
 * forms and htmx requests send back.
 *
 * @param path the request path, to mark the current section in the navigation
 * @param csrfHeader the header htmx sends the token in
 * @param csrfParameter the form field forms send the token in
 * @param csrfToken the token
 * @param user who is signed in, or {@code null}
 */
public record PageContext(String path, String csrfHeader, String csrfParameter, String csrfToken, CurrentUser user) {

    public boolean signedIn() {
        return user != null;
    }

    public boolean admin() {
        return user != null && user.admin();
    }

    public boolean has(String role) {
        return user != null && user.has(role);
    }

    /** Whether {@code section} is the current section, for {@code aria-current}. */
    public boolean in(String section) {
        return section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
    }
}
