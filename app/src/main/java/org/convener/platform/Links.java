package org.convener.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that decides whether text typed by a user may become a link: an absolute
 * {@code http} or {@code https} address with a host, or a path on this server. Nothing that a
 * browser would read as another site passes as a path: not {@code //host/x}, not {@code /\host},
 * not {@code javascript:}.
 */
public final class Links {

    public static final int MAX_LENGTH = 500;
    /** A path on this server: one slash, then a section name, then anything a URL may carry. */
    private static final Pattern PATH = Pattern.compile("/[a-z][a-z0-9-]*([/?#][\\w\\-./?#=&%+,;:~@!$'()*]*)?");

    private Links() {}

    /** The link as it may be used in {@code href}, or empty when it is not a safe one. */
    public static Optional<String> safe(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String link = text.trim();
        if (link.isEmpty()
                || link.length() > MAX_LENGTH
                || link.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        if (link.startsWith("/")) {
            return PATH.matcher(link).matches() ? Optional.of(link) : Optional.empty();
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            if (!web || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(link);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException saying what a link must be, when this text is not one */
    public static String check(String text) {
        return safe(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "give a web address starting https:// (or http://), or an address in Convener such as /seats/E14001063;"
                                + " other links are not accepted"));
    }
}
