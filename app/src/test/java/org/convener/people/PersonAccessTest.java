package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convener.people.Someone.as;

import java.time.LocalDate;
import java.util.Optional;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The access rules the people module's public API decides, one user and one person at a time. */
@ConvenerTest
class PersonAccessTest {

    @Autowired
    People people;

    @Autowired
    PersonAccess access;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    Groups groups;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    @Test
    void aRecordIsForAdministratorsThePersonAndThoseWhoRunAGroupTheyBelongTo() {
        Person organiser = Someone.activist(people, "Vi Organiser");
        Person member = Someone.activist(people, "Wes Member");
        Person stranger = Someone.activist(people, "Xan Stranger");
        Someone.runBy(groups, organiser, member);
        CurrentUser vi = Someone.user(organiser, CurrentUser.ORGANISER);
        CurrentUser wes = Someone.user(member, CurrentUser.MEMBER);

        assertThat(access.canSeeRecord(Someone.admin(), stranger)).isTrue();
        assertThat(access.canSeeRecord(vi, member)).isTrue();
        assertThat(access.canSeeRecord(vi, stranger)).isFalse();
        assertThat(access.canSeeRecord(wes, member)).isTrue();
        assertThat(access.canSeeRecord(wes, organiser)).isFalse();
        assertThat(access.canView(wes, organiser)).isFalse();
        assertThat(access.reachable(vi)).contains(organiser.id(), member.id()).doesNotContain(stranger.id());
        assertThat(access.recordsSeenBy(vi).test(member)).isTrue();
        assertThat(access.recordsSeenBy(vi).test(stranger)).isFalse();
    }

    @Test
    void anMpsPageIsForEveryoneButTheirRecordIsNot() {
        Person mp = people.mps().get(0);
        Person someone = Someone.activist(people, "Yan Someone");
        CurrentUser yan = Someone.user(someone, CurrentUser.MEMBER);

        assertThat(access.canView(yan, mp)).isTrue();
        assertThat(access.canSeeRecord(yan, mp)).isFalse();
        assertThat(access.canChange(yan, mp)).isFalse();
    }

    @Test
    void leavingTheGroupClosesTheRecordToThoseWhoRunIt() {
        Person organiser = Someone.activist(people, "Zed Organiser");
        Person member = Someone.activist(people, "Abi Leaver");
        Group group = Someone.runBy(groups, organiser, member);
        CurrentUser zed = Someone.user(organiser, CurrentUser.ORGANISER);
        assertThat(access.canChange(zed, member)).isTrue();

        long membership = groups.currentMemberships(group.id()).stream()
                .filter(m -> m.personId() == member.id())
                .findFirst()
                .orElseThrow()
                .id();
        as(() -> groups.leave(membership, LocalDate.of(2025, 6, 1), "moved away"));

        assertThat(access.canSeeRecord(zed, member)).isFalse();
        assertThat(access.canChange(zed, member)).isFalse();
    }

    @Test
    void onlyAdministratorsEraseAndOnlyTheyAndThePersonExport() {
        Person self = Someone.activist(people, "Bea Self");
        Person member = Someone.activist(people, "Cas Member");
        Someone.runBy(groups, self, member);
        CurrentUser bea = Someone.user(self, CurrentUser.ORGANISER);

        assertThat(access.canExport(bea, self)).isTrue();
        assertThat(access.canExport(bea, member)).isFalse();
        assertThat(access.canExport(Someone.admin(), member)).isTrue();
        assertThat(access.canErase(bea)).isFalse();
        assertThat(access.canErase(Someone.admin())).isTrue();
        assertThat(access.canCreate(bea)).isTrue();
        assertThat(access.canCreate(Someone.user(member, CurrentUser.OFFICER))).isTrue();
        assertThat(access.canCreate(Someone.user(member, CurrentUser.MEMBER))).isFalse();

        as(() -> {
            dataProtection.erase(member.id());
            return null;
        });
        Person erased = people.find(member.id()).orElseThrow();
        assertThat(access.canChange(Someone.admin(), erased)).isFalse();
    }

    @Test
    void aLinkIsMadeOnlyByThoseWhoCouldAlreadySeeTheRecordOrByACaucusOfficerAddingAnMp() {
        Person organiser = Someone.activist(people, "Dee Organiser");
        Person member = Someone.activist(people, "Eli Member");
        Person stranger = Someone.activist(people, "Flo Stranger");
        Someone.runBy(groups, organiser, member);
        CurrentUser dee = Someone.user(organiser, CurrentUser.ORGANISER);
        Person mp = people.mps().get(1);

        assertThat(access.originOfLink(Optional.empty(), stranger, false)).isEqualTo(Origin.ADMINISTRATOR);
        assertThat(access.originOfLink(Optional.of(Someone.admin()), stranger, false))
                .isEqualTo(Origin.ADMINISTRATOR);
        assertThat(access.originOfLink(Optional.of(dee), organiser, false)).isEqualTo(Origin.SELF);
        assertThat(access.originOfLink(Optional.of(dee), member, false)).isEqualTo(Origin.SIGHTED);
        assertThat(access.originOfLink(Optional.of(dee), mp, true)).isEqualTo(Origin.CAUCUS_OFFICER);
        assertThatThrownBy(() -> access.originOfLink(Optional.of(dee), stranger, false))
                .isInstanceOf(PersonAccess.Refused.class)
                .hasMessageContaining("ask an administrator");
        assertThatThrownBy(() -> access.originOfLink(Optional.of(dee), mp, false))
                .isInstanceOf(PersonAccess.Refused.class)
                .hasMessageContaining("invite them instead");
        assertThat(access.originOfNewRecord(Optional.of(dee))).isEqualTo(Origin.SIGHTED);
        assertThat(PersonAccess.opensRecord(Origin.UNVERIFIED)).isFalse();
        assertThat(PersonAccess.opensRecord(Origin.SIGHTED)).isTrue();
    }
}
