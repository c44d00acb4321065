package org.convener.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.convener.ConvenerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The outbox and its delivery against a real SMTP server (GreenMail, in-process). */
@ConvenerTest
class OutboxDeliveryTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext beans;

    @Autowired
    Clock clock;

    private long queue(String to, String subject) {
        return outbox.queue(OutgoingMessage.of(MailCategory.NOTIFICATION, "test", null, to, null, subject, "Hello."));
    }

    @Test
    void withTheServerDownMessagesStayQueuedAndGoOnceEachWhenItReturns() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            ids.add(queue("outage" + i + "@example.org", "During the outage " + i));
        }

        int sent = MailTesting.deliver(beans, closedPort, Duration.ZERO);

        assertThat(sent).isZero();
        var tried = ids.stream().map(id -> outbox.find(id).orElseThrow()).toList();
        assertThat(tried).allMatch(m -> m.status() == MailStatus.QUEUED);
        // the run stops at the first message that finds the server down, rather than trying every one,
        // and that message waits before its next try
        assertThat(tried.stream().filter(m -> m.attempts() == 1).toList())
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.notBefore()).isAfter(clock.instant());
                    assertThat(m.reason()).isNotBlank();
                });

        MailTesting.deliver(beans, mail.getSmtp().getPort(), Duration.ofMinutes(2));
        MailTesting.deliver(beans, mail.getSmtp().getPort(), Duration.ofMinutes(5));

        for (int i = 0; i < ids.size(); i++) {
            assertThat(MailTesting.to(mail, "outage" + i + "@example.org")).hasSize(1);
            assertThat(outbox.find(ids.get(i)).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        }
    }

    @Test
    void aMessageKeepsTheMessageIdItWasQueuedWith() throws Exception {
        long id = queue("ids@example.org", "Which id");
        String queuedWith = outbox.find(id).orElseThrow().messageId();

        MailTesting.deliver(beans, mail);

        MimeMessage received = MailTesting.to(mail, "ids@example.org").get(0);
        assertThat(received.getMessageID()).isEqualTo(queuedWith);
        assertThat(received.getSubject()).isEqualTo("Which id");
    }

    @Test
    void twoWorkersAtOnceSendEachMessageOnce() throws Exception {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            ids.add(queue("race" + i + "@example.org", "Race " + i));
        }
        var pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> workers = List.of(
                    () -> MailTesting.deliver(beans, mail),
                    () -> MailTesting.deliver(beans, mail),
                    () -> MailTesting.deliver(beans, mail));
            int total = 0;
            for (var result : pool.invokeAll(workers)) {
                total += result.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(ids.size());
        } finally {
            pool.shutdown();
        }
        var messageIds = new HashSet<String>();
        for (int i = 0; i < ids.size(); i++) {
            var received = MailTesting.to(mail, "race" + i + "@example.org");
            assertThat(received).as("copies to race" + i).hasSize(1);
            messageIds.add(received.get(0).getMessageID());
        }
        assertThat(messageIds).hasSize(ids.size());
    }

    @Test
    void aLinkThatExpiredBeforeItCouldBeSentIsNotSent() {
        long id = outbox.queue(OutgoingMessage.of(
                        MailCategory.ACCOUNT,
                        "test",
                        null,
                        "late@example.org",
                        null,
                        "Your link",
                        "Here: " + Outbox.SECRET)
                .withSecret("a-secret", clock.instant().plusSeconds(60)));

        MailTesting.deliver(beans, mail.getSmtp().getPort(), Duration.ofMinutes(2));

        var message = outbox.find(id).orElseThrow();
        assertThat(message.status()).isEqualTo(MailStatus.FAILED);
        assertThat(message.reason()).contains("expired");
        assertThat(message.secret()).isNull();
        assertThat(MailTesting.to(mail, "late@example.org")).isEmpty();
    }

    @Test
    void aLinkSecretIsShownWhileQueuedAndGoneOnceSent() {
        long id = outbox.queue(OutgoingMessage.of(
                        MailCategory.ACCOUNT,
                        "test",
                        null,
                        "secret@example.org",
                        null,
                        "Your link",
                        "Here: /x/" + Outbox.SECRET)
                .withSecret("abc123", null));
        assertThat(outbox.textAsSent(outbox.find(id).orElseThrow())).contains("/x/abc123");

        MailTesting.deliver(beans, mail);

        assertThat(MailTesting.text(MailTesting.to(mail, "secret@example.org").get(0)))
                .contains("/x/abc123");
        var sent = outbox.find(id).orElseThrow();
        assertThat(sent.secret()).isNull();
        assertThat(outbox.textAsSent(sent)).doesNotContain("abc123").contains("removed");
    }

    @Test
    void backOffDoublesFromThirtySecondsToAnHour() {
        assertThat(OutboxDelivery.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxDelivery.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDelivery.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxDelivery.backoff(40)).isEqualTo(Duration.ofHours(1));
    }
}
