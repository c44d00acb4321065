package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convener.people.Someone.as;

import java.util.Set;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.audit.AuditRecord;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating and editing a person's record: what is stored, what is refused, and what the log keeps. */
@ConvenerTest
class PersonRecordTest {

    @Autowired
    People people;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    AuditLog audit;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    @Test
    void aNewRecordIsStoredCleanedUpAndItsCreationLogged() {
        int n = Someone.serial();
        Person ada = as(() -> people.create(new PersonDraft(
                "  Ada Record " + n + " ",
                PersonKind.ACTIVIST,
                Someone.DERBY_NORTH,
                "Ada.Record" + n + "@Example.NET",
                "07700 900123",
                "1 Test Street, Derby",
                "met at the rally",
                Set.of(" Driver ", "trade union rep"))));

        assertThat(ada.fullName()).isEqualTo("Ada Record " + n);
        assertThat(ada.email()).isEqualTo("ada.record" + n + "@example.net");
        assertThat(ada.tags()).containsExactlyInAnyOrder("driver", "trade union rep");
        assertThat(ada.erased()).isFalse();
        assertThat(people.find(ada.id())).contains(ada);
        assertThat(people.findByEmail("ADA.RECORD" + n + "@example.net")).contains(ada);
        assertThat(people.findByNameAndConstituency("ada record " + n, Someone.DERBY_NORTH))
                .containsExactly(ada);

        AuditRecord created = audit.about(AuditLog.person(ada.id())).stream()
                .filter(r -> r.action().equals("created"))
                .findFirst()
                .orElseThrow();
        assertThat(created.actor()).isEqualTo("test");
        assertThat(created.before()).isNull();
        assertThat(created.after())
                .containsEntry("name", "Ada Record " + n)
                .containsEntry("constituency", Someone.DERBY_NORTH)
                .containsEntry("phone", "07700 900123");
    }

    @Test
    void anEditReplacesTheDetailsAndTagsAndTheLogKeepsBothVersions() {
        Person bo = Someone.activist(people, "Bo Edited", "driver", "leafleter");
        Person edited = as(() -> people.update(
                bo.id(),
                new PersonDraft(
                        bo.fullName(),
                        PersonKind.STAFF,
                        null,
                        bo.email(),
                        "07700 900456",
                        null,
                        null,
                        Set.of("steward"))));

        assertThat(edited.kind()).isEqualTo(PersonKind.STAFF);
        assertThat(edited.constituencyCode()).isNull();
        assertThat(edited.phone()).isEqualTo("07700 900456");
        assertThat(edited.tags()).containsExactly("steward");
        assertThat(edited.createdAt()).isEqualTo(bo.createdAt());
        AuditRecord update = audit.about(AuditLog.person(bo.id())).stream()
                .filter(r -> r.action().equals("updated"))
                .findFirst()
                .orElseThrow();
        assertThat(update.before())
                .containsEntry("kind", "ACTIVIST")
                .containsEntry("constituency", Someone.DERBY_NORTH);
        assertThat(update.after()).containsEntry("kind", "STAFF").containsEntry("phone", "07700 900456");
        assertThat(update.after().get("tags").toString()).contains("steward").doesNotContain("driver");
    }

    @Test
    void aSecondRecordWithTheSameEmailIsRefusedAndTheFirstIsUntouched() {
        Person first = Someone.activist(people, "Cy First");
        var copy = new PersonDraft("Cy Copy", PersonKind.ACTIVIST, null, first.email(), null, null, null, Set.of());

        assertThatThrownBy(() -> as(() -> people.create(copy)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("someone with the email " + first.email() + " is already recorded");
        Person other = Someone.activist(people, "Cy Other");
        assertThatThrownBy(() -> as(() -> people.update(other.id(), copy))).hasMessageContaining("is already recorded");
        assertThat(people.findByEmail(first.email())).contains(first);
        assertThat(people.find(other.id()).orElseThrow().fullName()).isEqualTo(other.fullName());
    }

    @Test
    void aConstituencyMustBeOneOfThe2024Ones() {
        var nowhere = new PersonDraft("Di Nowhere", PersonKind.ACTIVIST, "E14009999", null, null, null, null, Set.of());
        var nonsense = new PersonDraft("Di Nonsense", PersonKind.ACTIVIST, "Derby", null, null, null, null, Set.of());

        assertThatThrownBy(() -> as(() -> people.create(nowhere)))
                .hasMessage("\"E14009999\" is not a 2024 constituency code");
        assertThatThrownBy(() -> as(() -> people.create(nonsense)))
                .hasMessage("\"Derby\" is not a 2024 constituency code");
        assertThat(people.findByNameAndConstituency("Di Nowhere", "E14009999")).isEmpty();
    }

    @Test
    void badDetailsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new PersonDraft(" ", PersonKind.ACTIVIST, null, null, null, null, null, Set.of()))
                .isInstanceOfSatisfying(
                        PersonDraft.InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("full_name"));
        assertThatThrownBy(() -> new PersonDraft("Ed", null, null, "not-an-email", null, null, null, Set.of()))
                .isInstanceOfSatisfying(
                        PersonDraft.InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> new PersonDraft("Ed", null, null, null, "call me", null, null, Set.of()))
                .isInstanceOfSatisfying(
                        PersonDraft.InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> new PersonDraft("Ed", null, null, null, null, null, null, Set.of("no_underscores")))
                .isInstanceOfSatisfying(
                        PersonDraft.InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("tags"));
        assertThat(new PersonDraft("Ed", null, null, null, null, null, null, null).kind())
                .isEqualTo(PersonKind.ACTIVIST);
    }

    @Test
    void anErasedRecordCannotBeEditedOrGivenConsent() {
        Person gone = Someone.activist(people, "Fay Gone");
        as(() -> {
            dataProtection.erase(gone.id());
            return null;
        });
        var draft = new PersonDraft("Fay Back", PersonKind.ACTIVIST, null, null, null, null, null, Set.of());

        assertThatThrownBy(() -> as(() -> people.update(gone.id(), draft))).hasMessage("this person has been erased");
        assertThatThrownBy(() -> as(() -> {
                    people.recordConsent(gone.id(), Channel.EMAIL, true, "asked again");
                    return null;
                }))
                .hasMessage("this person has been erased");
        assertThat(people.find(gone.id()).orElseThrow().displayName()).isEqualTo("Erased person #" + gone.id());
    }
}
