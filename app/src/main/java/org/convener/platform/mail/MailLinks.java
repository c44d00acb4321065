package org.convener.platform.mail;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses for links in messages, from {@code CONVENER_BASE_URL} (the address people
 * reach Convener at, e.g. {@code https://convener.caucus.example}); without it, this machine's
 * address on the port being served.
 */
@Component
public class MailLinks {

    private final Environment environment;

    MailLinks(Environment environment) {
        this.environment = environment;
    }

    public String base() {
        String configured = environment.getProperty("convener.base-url");
        if (configured != null && !configured.isBlank()) {
            return configured.trim().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** The absolute address of a path such as {@code /login}. */
    public String to(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }
}
