package org.convener.platform.mail;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailbox bounces and complaints arrive in, read over IMAP, from {@code CONVENER_BOUNCES_*}.
 * Unset (the default), nothing is read.
 *
 * @param tls {@code imaps} (TLS from the first byte, port 993, the default), {@code starttls} or {@code none}
 * @param folder the folder to read, default {@code INBOX}
 */
@ConfigurationProperties("convener.bounces")
public record BounceSettings(
        String host, Integer port, String user, String password, String tls, String folder, Integer pollSeconds) {

    public BounceSettings {
        host = SmtpSettings.blankToNull(host);
        tls = SmtpSettings.blankToNull(tls) == null ? "imaps" : tls.trim().toLowerCase(Locale.ROOT);
        if (!tls.equals("imaps") && !tls.equals("starttls") && !tls.equals("none")) {
            throw new IllegalArgumentException(
                    "CONVENER_BOUNCES_TLS must be imaps, starttls or none, not \"" + tls + "\"");
        }
        if (port == null) {
            port = tls.equals("imaps") ? 993 : 143;
        }
        folder = SmtpSettings.blankToNull(folder) == null ? "INBOX" : folder.trim();
        if (pollSeconds == null || pollSeconds < 10) {
            pollSeconds = 60;
        }
    }

    public boolean configured() {
        return host != null;
    }
}
