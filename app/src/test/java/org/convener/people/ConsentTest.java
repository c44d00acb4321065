package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent on each channel: the one in force, the whole history, and how it was given. */
@ConvenerTest
class ConsentTest {

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    @Test
    void theLatestWordOnEachChannelIsInForceAndEveryWordIsKept() {
        Person ann = Someone.activist(people, "Ann Consent");
        assertThat(people.consents(ann.id())).isEmpty();

        AuditActor.as("front desk", () -> people.recordConsent(ann.id(), Channel.EMAIL, true, " ticked the box "));
        AuditActor.as("front desk", () -> people.recordConsent(ann.id(), Channel.PHONE, true, "said so at a meeting"));
        AuditActor.as("phone bank", () -> people.recordConsent(ann.id(), Channel.EMAIL, false, "asked us to stop"));

        var current = people.consents(ann.id());
        assertThat(current).containsOnlyKeys(Channel.EMAIL, Channel.PHONE);
        assertThat(current.get(Channel.EMAIL).granted()).isFalse();
        assertThat(current.get(Channel.EMAIL).method()).isEqualTo("asked us to stop");
        assertThat(current.get(Channel.PHONE).granted()).isTrue();
        assertThat(people.consentHistory(ann.id()))
                .extracting(Consent::channel, Consent::granted, Consent::method, Consent::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, true, "ticked the box", "front desk"),
                        org.assertj.core.groups.Tuple.tuple(Channel.PHONE, true, "said so at a meeting", "front desk"),
                        org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, false, "asked us to stop", "phone bank"));
    }

    @Test
    void aWithdrawalIsLoggedWithWhatItReplaced() {
        Person ben = Someone.activist(people, "Ben Consent");
        AuditActor.as("test", () -> people.recordConsent(ben.id(), Channel.POST, true, "signed the form"));
        AuditActor.as("test", () -> people.recordConsent(ben.id(), Channel.POST, false, "moved away"));

        var withdrawn = audit.about(AuditLog.person(ben.id())).stream()
                .filter(r -> r.action().equals("consent withdrawn"))
                .findFirst()
                .orElseThrow();
        assertThat(withdrawn.entityId()).isEqualTo(ben.id() + "/POST");
        assertThat(withdrawn.before()).containsEntry("granted", true).containsEntry("method", "signed the form");
        assertThat(withdrawn.after()).containsEntry("granted", false).containsEntry("method", "moved away");
    }

    @Test
    void consentNeedsToSayHowItWasGiven() {
        Person cal = Someone.activist(people, "Cal Consent");

        assertThatThrownBy(() -> AuditActor.as("test", () -> people.recordConsent(cal.id(), Channel.EMAIL, true, " ")))
                .hasMessageContaining("say how consent was given");
        assertThatThrownBy(() -> AuditActor.as(
                        "test", () -> people.recordConsent(cal.id(), Channel.EMAIL, true, "x".repeat(201))))
                .hasMessageContaining("200 characters");
        assertThatThrownBy(() -> AuditActor.as("test", () -> people.recordConsent(-1, Channel.EMAIL, true, "form")))
                .hasMessage("no person -1");
        assertThat(people.consentHistory(cal.id())).isEmpty();
    }
}
