package org.convener.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convener.ConvenerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worker killed with SIGKILL in the middle of a batch, in a process of its own, after the
 * messages were committed to the outbox: nothing is lost, and nothing goes twice, except in the
 * one window the documentation names (after the server accepted a message, before our commit),
 * where the copy carries the same Message-ID.
 */
@ConvenerTest
class WorkerCrashTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext beans;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nothingElseDue() {
        // other tests' messages would go out in this batch too; this test counts its own
        MailTesting.deliver(beans, mail.getSmtp().getPort(), Duration.ofHours(2));
        mail.reset();
    }

    private List<Long> queueFive(String batch) {
        var ids = new ArrayList<Long>();
        for (int i = 1; i <= 5; i++) {
            ids.add(outbox.queue(OutgoingMessage.of(
                    MailCategory.NOTIFICATION,
                    "crash-test",
                    null,
                    batch + i + "@example.org",
                    null,
                    "Message " + i + " of " + batch,
                    "Hello.")));
        }
        return ids;
    }

    @Test
    void killedWithAMessageClaimedButNotSentLosesNoneAndSendsNoneTwice() throws Exception {
        List<Long> ids = queueFive("before");

        killAtThird("before");

        assertThat(ours("before")).as("delivered before the kill").hasSize(2);
        MailTesting.deliver(beans, mail);
        Map<String, Integer> copies = copiesByMessageId("before");
        assertThat(copies).hasSize(5).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        ids.forEach(id -> assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void killedAfterTheServerAcceptedAMessageButBeforeTheCommitResendsItUnderTheSameMessageId() throws Exception {
        List<Long> ids = queueFive("after");

        killAtThird("after");

        assertThat(ours("after")).as("accepted by the server before the kill").hasSize(3);
        MailTesting.deliver(beans, mail);
        Map<String, Integer> copies = copiesByMessageId("after");
        assertThat(copies).as("distinct messages").hasSize(5);
        assertThat(copies.values().stream().mapToInt(Integer::intValue).sum())
                .as("copies")
                .isEqualTo(6);
        String third = outbox.find(ids.get(2)).orElseThrow().messageId();
        assertThat(copies).containsEntry(third, 2);
        ids.forEach(id -> assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT));
    }

    private void killAtThird(String when) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWorker.class.getName(),
                        dataSource.getJdbcUrl(),
                        dataSource.getUsername(),
                        dataSource.getPassword() == null ? "" : dataSource.getPassword(),
                        String.valueOf(mail.getSmtp().getPort()),
                        "3",
                        when)
                .redirectErrorStream(true)
                .start();
        var output = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals("PAUSED")) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback from the worker itself
                    break;
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output.toString()).contains("PAUSED");
        // the database notices the dead connection and rolls its transaction back, freeing the claimed row
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline
                && jdbc.sql("select count(*) from pg_stat_activity where state = 'idle in transaction'")
                                .query(Long.class)
                                .single()
                        > 0) {
            Thread.sleep(100);
        }
    }

    private List<MimeMessage> ours(String batch) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().endsWith(" of " + batch);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private Map<String, Integer> copiesByMessageId(String batch) throws Exception {
        var copies = new HashMap<String, Integer>();
        for (MimeMessage m : ours(batch)) {
            copies.merge(m.getMessageID(), 1, Integer::sum);
        }
        return copies;
    }
}
