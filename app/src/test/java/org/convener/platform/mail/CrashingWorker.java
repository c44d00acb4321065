package org.convener.platform.mail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox worker alone in a process of its own, for {@link WorkerCrashTest} to kill: it sends
 * the outbox's messages one by one and, at message {@code n}, says "PAUSED" and waits to be
 * killed, either with the message claimed but not yet handed to the server ({@code before}) or
 * with the server having accepted it but the transaction not yet committed ({@code after}).
 *
 * <p>Arguments: JDBC URL, user, password, SMTP port, n, before|after.
 */
public final class CrashingWorker {

    private CrashingWorker() {}

    public static void main(String[] args) throws Exception {
        var config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        if (!args[2].isEmpty()) {
            config.setPassword(args[2]);
        }
        config.setMaximumPoolSize(2);
        try (var dataSource = new HikariDataSource(config)) {
            int port = Integer.parseInt(args[3]);
            int pauseAt = Integer.parseInt(args[4]);
            boolean afterAcceptance = args[5].equals("after");
            var settings = MailTesting.settings(port);
            var real = MailTransport.smtp(settings);
            var sends = new int[] {0};
            MailTransport pausing = new MailTransport() {
                @Override
                public Session session() {
                    return real.session();
                }

                @Override
                public void send(MimeMessage message) {
                    sends[0]++;
                    if (sends[0] == pauseAt && !afterAcceptance) {
                        pause();
                    }
                    real.send(message);
                    if (sends[0] == pauseAt && afterAcceptance) {
                        pause();
                    }
                }
            };
            var delivery = new OutboxDelivery(
                    new OutboxStore(JdbcClient.create(dataSource)),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    settings,
                    new MailLinks(new StandardEnvironment()),
                    Clock.systemUTC());
            delivery.deliverDue(pausing, 1000);
            System.out.println("FINISHED");
        }
    }

    private static void pause() {
        System.out.println("PAUSED");
        System.out.flush();
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("not killed in time");
    }
}
