package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.platform.CurrentUser;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching people and their tags: by name, seat, tag and group, only among the records a user may see. */
@ConvenerTest
class PeopleSearchTest {

    @Autowired
    People people;

    @Autowired
    Groups groups;

    @Autowired
    DatasetImports imports;

    @BeforeEach
    void data() {
        OfficialData.imported(imports);
    }

    @Test
    void anAdministratorFindsAnyoneByPartOfTheNameSeatTagOrGroup() {
        String family = "Quenby" + Someone.serial();
        Person ivy = Someone.activist(people, "Ivy " + family, "banner maker");
        Person jon = Someone.activist(people, "Jon " + family);
        Person kit = Someone.activist(people, "Kit Elsewhere");
        Group group = Someone.runBy(groups, kit, jon);
        CurrentUser admin = Someone.admin();

        assertThat(people.search(family.toLowerCase(), null, null, null, admin, 1)
                        .people())
                .containsExactly(ivy, jon);
        assertThat(people.search(family, null, "Banner Maker", null, admin, 1).people())
                .containsExactly(ivy);
        assertThat(people.search(family, Someone.DERBY_NORTH, null, group.id(), admin, 1)
                        .people())
                .containsExactly(jon);
        assertThat(people.search(family, "E14001079", null, null, admin, 1).people())
                .isEmpty();
        // a percent sign is a character to find, not a wildcard
        assertThat(people.search("%", null, null, null, admin, 1).total()).isZero();
    }

    @Test
    void othersFindMpsTheirOwnRecordAndThoseTheyReachButNoOneElse() {
        String family = "Rowntree" + Someone.serial();
        Person organiser = Someone.activist(people, "Lou " + family, "first aider");
        Person member = Someone.activist(people, "Max " + family, "first aider");
        Person stranger = Someone.activist(people, "Ned " + family, "first aider");
        Someone.runBy(groups, organiser, member);
        CurrentUser lou = Someone.user(organiser, CurrentUser.ORGANISER);
        CurrentUser max = Someone.user(member, CurrentUser.MEMBER);

        assertThat(people.search(family, null, null, null, lou, 1).people()).containsExactly(organiser, member);
        assertThat(people.search(family, null, null, null, max, 1).people()).containsExactly(member);
        assertThat(people.search(family, null, "first aider", null, max, 1).people())
                .containsExactly(member)
                .doesNotContain(stranger);
        Person mp = people.mps().get(0);
        assertThat(people.search(mp.fullName(), null, null, null, max, 1).people())
                .contains(mp);
    }

    @Test
    void resultsComeInPagesOfFifty() {
        CurrentUser admin = Someone.admin();
        var first = people.search(null, null, null, null, admin, 1);
        var second = people.search(null, null, null, null, admin, 2);

        assertThat(first.total()).isGreaterThan(People.PAGE_SIZE);
        assertThat(first.people()).hasSize(People.PAGE_SIZE);
        assertThat(first.pages()).isEqualTo((int) ((first.total() + 49) / 50));
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.people()).doesNotContainAnyElementsOf(first.people());
        assertThat(people.search(null, null, null, null, admin, 0).page()).isEqualTo(1);
    }

    @Test
    void theTagsOfferedAreThoseOnRecordsTheUserMaySee() {
        int n = Someone.serial();
        Person organiser = Someone.activist(people, "Olu Tags", "seen tag " + n);
        Person member = Someone.activist(people, "Pat Tags", "member tag " + n);
        Someone.activist(people, "Quin Tags", "hidden tag " + n);
        Someone.runBy(groups, organiser, member);

        assertThat(people.tags(Someone.user(organiser, CurrentUser.ORGANISER)))
                .contains("seen tag " + n, "member tag " + n)
                .doesNotContain("hidden tag " + n);
        assertThat(people.tags(Someone.user(member, CurrentUser.MEMBER)))
                .contains("member tag " + n)
                .doesNotContain("seen tag " + n, "hidden tag " + n);
        assertThat(people.tags(Someone.admin())).contains("seen tag " + n, "member tag " + n, "hidden tag " + n);
    }
}
