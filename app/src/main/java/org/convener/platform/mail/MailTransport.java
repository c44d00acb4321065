package org.convener.platform.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** One way out for mail: an SMTP server, through Spring's {@link JavaMailSenderImpl}. */
interface MailTransport {

    Session session();

    /** Hands the message to the server; returns once the server has accepted it. */
    void send(MimeMessage message) throws MailException;

    static MailTransport smtp(SmtpSettings settings) {
        var sender = new JavaMailSenderImpl();
        boolean smtps = settings.tls().equals("smtps");
        String protocol = smtps ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setUsername(settings.user());
        sender.setPassword(settings.password());
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "auth", String.valueOf(settings.user() != null));
        if (settings.tls().equals("starttls")) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (!settings.tls().equals("none")) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        // a server that hangs must not hold a claimed message (and its row lock) for long
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "30000");
        properties.setProperty(prefix + "writetimeout", "30000");
        if (settings.bounceAddress() != null) {
            properties.setProperty(prefix + "from", settings.bounceAddress());
        }
        sender.setJavaMailProperties(properties);
        return new MailTransport() {
            @Override
            public Session session() {
                return sender.getSession();
            }

            @Override
            public void send(MimeMessage message) {
                sender.send(message);
            }
        };
    }
}
