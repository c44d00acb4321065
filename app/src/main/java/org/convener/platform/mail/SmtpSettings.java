package org.convener.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail goes out, from {@code CONVENER_SMTP_*}. With no host (the default) nothing is sent:
 * messages wait in the outbox, where administrators read them.
 *
 * @param tls {@code starttls} (required, the default), {@code smtps} (TLS from the first byte,
 *     usually port 465) or {@code none} (a relay on the same machine or network)
 * @param from the From address, e.g. {@code Convener <convener@caucus.example>}
 * @param bounceAddress the envelope sender, where bounces go (read over IMAP, see {@link BounceSettings}); default the From address
 * @param pollSeconds how often the worker looks for messages due
 */
@ConfigurationProperties("convener.smtp")
public record SmtpSettings(
        String host,
        Integer port,
        String user,
        String password,
        String tls,
        String from,
        String bounceAddress,
        Integer pollSeconds) {

    public SmtpSettings {
        host = blankToNull(host);
        user = blankToNull(user);
        password = blankToNull(password);
        tls = blankToNull(tls) == null ? "starttls" : tls.trim().toLowerCase(Locale.ROOT);
        if (!tls.equals("starttls") && !tls.equals("smtps") && !tls.equals("none")) {
            throw new IllegalArgumentException(
                    "CONVENER_SMTP_TLS must be starttls, smtps or none, not \"" + tls + "\"");
        }
        if (port == null) {
            port = tls.equals("smtps") ? 465 : tls.equals("none") ? 25 : 587;
        }
        from = blankToNull(from) == null ? "Convener <convener@localhost>" : from.trim();
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("CONVENER_SMTP_FROM is not an address: " + from);
        }
        bounceAddress = blankToNull(bounceAddress);
        if (pollSeconds == null || pollSeconds < 1) {
            pollSeconds = 5;
        }
    }

    /** Whether a server is configured, so that the worker sends. */
    public boolean configured() {
        return host != null;
    }

    /** The domain of the From address, for Message-IDs. */
    public String domain() {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return "localhost";
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
