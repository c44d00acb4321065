package org.convener.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvenerTest
class SeatSetsTest {

    @Autowired
    DatasetImports imports;

    @Autowired
    SeatSets sets;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
        sets.all().stream().filter(s -> s.origin() == SeatSet.Origin.USER).forEach(s -> sets.delete(s.name()));
    }

    @Test
    void theRedWallSetComesWithTheData() {
        SeatSet redwall = sets.find("redwall").orElseThrow();
        assertThat(redwall.seats())
                .hasSize(50)
                .contains(ConstituencyCode.of("E14001079"), ConstituencyCode.of("E14001068"));
        assertThat(redwall.origin()).isEqualTo(SeatSet.Origin.DATASET);
        // the successors' 2024 winners, as the derived file records them: Lab 45, Con 2, RUK 1, PC 1, Ind 1
        var winners = sets.seatsOf(redwall).stream()
                .collect(java.util.stream.Collectors.groupingBy(Seat::winner, java.util.stream.Collectors.counting()));
        assertThat(winners)
                .containsEntry(Party.LAB, 45L)
                .containsEntry(Party.CON, 2L)
                .containsEntry(Party.RUK, 1L)
                .containsEntry(Party.PC, 1L)
                .containsEntry(Party.IND, 1L);
    }

    @Test
    void createsASetFromCodesAndFromAFilter() {
        var picked =
                sets.create("my-seats", "My seats", null, SeatSet.Origin.USER, List.of("E14001079", " E14001068 "));
        assertThat(picked.seats()).hasSize(2);
        var filtered = sets.createFromFilter(
                "lab-ruk",
                "Labour held, Reform second",
                null,
                new SeatFilter(null, null, Party.LAB, Party.RUK, null, null));
        assertThat(filtered.seats()).hasSize(89);
        assertThat(sets.find("lab-ruk")).isPresent();
    }

    @Test
    void refusesBadNamesUnknownCodesAndDuplicates() {
        assertThatThrownBy(() -> sets.create("My Seats", "x", null, SeatSet.Origin.USER, List.of("E14001079")))
                .hasMessageContaining("is not a seat-set name");
        assertThatThrownBy(() -> sets.create(
                        "mine", "x", null, SeatSet.Origin.USER, List.of("E14001079", "E14009999", "nonsense")))
                .hasMessage("not 2024 constituency codes: E14009999, nonsense");
        assertThatThrownBy(() -> sets.create("mine", "x", null, SeatSet.Origin.USER, List.of()))
                .hasMessageContaining("at least one constituency");
        sets.create("mine", "Mine", null, SeatSet.Origin.USER, List.of("E14001079"));
        assertThatThrownBy(() -> sets.create("mine", "Mine", null, SeatSet.Origin.USER, List.of("E14001079")))
                .hasMessage("a seat set called \"mine\" already exists");
        assertThat(sets.find("mine").orElseThrow().seats()).hasSize(1);
    }

    @Test
    void setsThatComeWithTheDataCannotBeDeleted() {
        assertThatThrownBy(() -> sets.delete("redwall")).hasMessageContaining("comes with the data");
        assertThat(sets.find("redwall")).isPresent();
    }
}
