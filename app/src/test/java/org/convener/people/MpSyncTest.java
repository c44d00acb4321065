package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convener.people.Someone.as;

import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The MPs' records follow the Members list: one per sitting MP, names and seats kept in step. */
@ConvenerTest
class MpSyncTest {

    @Autowired
    People people;

    @Autowired
    MpRegister register;

    @Autowired
    SeatIntelligence seats;

    @Autowired
    AuditLog audit;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    @Test
    void afterASyncEveryMpOnTheMembersListHasARecordForTheirSeatAndASecondSyncChangesNothing() {
        register.sync();
        var listed = seats.seats().stream()
                .filter(s -> s.mp() != null && s.mp().memberId() != null)
                .toList();
        assertThat(listed).hasSizeGreaterThan(600);
        for (Seat seat : listed) {
            Person mp = people.findMp(seat.mp().memberId()).orElseThrow(() -> new AssertionError(seat.name()));
            assertThat(mp.kind()).isEqualTo(PersonKind.MP);
            assertThat(mp.constituencyCode()).as(seat.name()).isEqualTo(seat.code());
        }
        assertThat(register.sync()).isZero();
    }

    @Test
    void aNewMpIsAddedAndANewNameOrSeatUpdatesTheirRecord() {
        int member = 9_000_000 + Someone.serial();
        assertThat(as(() ->
                        people.syncMp(member, "Rhian Newly", Someone.DERBY_NORTH, "rhian." + member + "@example.net")))
                .isEqualTo(1);
        Person added = people.findMp(member).orElseThrow();
        assertThat(added.fullName()).isEqualTo("Rhian Newly");
        assertThat(added.email()).isEqualTo("rhian." + member + "@example.net");

        assertThat(as(() -> people.syncMp(member, "Rhian Newly", Someone.DERBY_NORTH, null)))
                .isZero();
        assertThat(as(() -> people.syncMp(member, "Rhian Newly-Wed", "E14001079", null)))
                .isEqualTo(1);
        Person renamed = people.findMp(member).orElseThrow();
        assertThat(renamed.id()).isEqualTo(added.id());
        assertThat(renamed.fullName()).isEqualTo("Rhian Newly-Wed");
        assertThat(renamed.constituencyCode()).isEqualTo("E14001079");
        // the email on record stays: the Members list is not the only source of it
        assertThat(renamed.email()).isEqualTo(added.email());
        assertThat(audit.about(AuditLog.person(added.id())))
                .extracting(r -> r.action())
                .contains("created", "updated");
    }

    @Test
    void anEmailSomeoneElseHasIsNotCopiedOntoANewMp() {
        Person holder = Someone.activist(people, "Sid Holder");
        int member = 9_000_000 + Someone.serial();

        as(() -> people.syncMp(member, "Tess Shared", Someone.DERBY_NORTH, holder.email()));
        as(() -> people.syncMp(member + 1, "Uma Unlisted", Someone.DERBY_NORTH, "not an address"));

        assertThat(people.findMp(member).orElseThrow().email()).isNull();
        assertThat(people.findMp(member + 1).orElseThrow().email()).isNull();
        assertThat(people.findByEmail(holder.email())).contains(holder);
    }
}
