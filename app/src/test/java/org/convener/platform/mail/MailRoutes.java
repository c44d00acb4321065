package org.convener.platform.mail;

import static org.convener.RouteTable.LOGIN;

import java.util.Map;
import org.convener.RouteChecks;
import org.convener.RouteTable;
import org.convener.people.People;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox (administrators), notification choices (anyone signed in), unsubscribe links and
 * the links that set a password (anyone holding one: the token is the credential).
 */
public class MailRoutes implements RouteChecks {

    @Override
    public void describe(RouteTable table, ApplicationContext beans) {
        Outbox outbox = beans.getBean(Outbox.class);
        long person = beans.getBean(People.class)
                .findByEmail("tom.brennan@example.org")
                .orElseThrow()
                .id();
        long queued = outbox.queue(OutgoingMessage.of(
                MailCategory.NOTIFICATION, "route-test", null, "routes@example.org", null, "Route test", "Hello."));
        // a bulk message's unsubscribe token, read back as the worker would write it into the message
        long bulk = outbox.queue(new OutgoingMessage(
                MailCategory.BULK,
                "route-test",
                person,
                null,
                "tom.brennan@example.org",
                null,
                "Route test",
                "Hello.",
                null,
                null,
                null,
                null));
        String token = beans.getBean(JdbcClient.class)
                .sql("select link_secret from platform.outbox_message where id = ?")
                .param(bulk)
                .query(String.class)
                .single();
        String nobody = "A".repeat(43);

        table.reading("/admin/outbox", "/admin/outbox", LOGIN, 403, 403, 403, 200);
        table.reading("/admin/outbox/{id}", "/admin/outbox/" + queued, LOGIN, 403, 403, 403, 200);
        table.reading("/account/notifications", "/account/notifications", LOGIN, 200, 200, 200, 200);
        table.writing(
                "/account/notifications",
                "/account/notifications",
                Map.of("kind-volunteer-offer", "SOMETIMES"),
                LOGIN,
                302,
                302,
                302,
                302);
        // opening the link changes nothing; unsubscribing with a token that is not ours finds nothing
        table.reading("/unsubscribe/{token}", "/unsubscribe/" + token, 200, 200, 200, 200, 200);
        table.writingWithoutCsrf("/unsubscribe/{token}", "/unsubscribe/" + nobody, Map.of(), 404, 404, 404, 404, 404);

        table.reading("/login/forgot", "/login/forgot", 200, 200, 200, 200, 200);
        table.writing(
                "/login/forgot", "/login/forgot", Map.of("email", "nobody-here@example.net"), 200, 200, 200, 200, 200);
        table.reading("/login/reset/{token}", "/login/reset/" + nobody, 410, 410, 410, 410, 410);
        table.writing(
                "/login/reset/{token}",
                "/login/reset/" + nobody,
                Map.of("chosen", "a long new passphrase", "repeated", "a long new passphrase"),
                410,
                410,
                410,
                410,
                410);
        table.reading("/account/invitation/{token}", "/account/invitation/" + nobody, 410, 410, 410, 410, 410);
        table.writing(
                "/account/invitation/{token}",
                "/account/invitation/" + nobody,
                Map.of("chosen", "a long new passphrase", "repeated", "a long new passphrase"),
                410,
                410,
                410,
                410,
                410);
    }
}
