package org.convener.shared;

/**
 * What every page's layout needs beyond its own content: where it is, and the CSRF token that
 * forms and htmx requests send back.
 *
 * @param path the request path, to mark the current section in the navigation
 * @param csrfHeader the header htmx sends the token in
 * @param csrfParameter the form field forms send the token in
 * @param csrfToken the token
 */
public record PageContext(String path, String csrfHeader, String csrfParameter, String csrfToken) {

    /** Whether {@code section} is the current section, for {@code aria-current}. */
    public boolean in(String section) {
        return section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
    }
}
