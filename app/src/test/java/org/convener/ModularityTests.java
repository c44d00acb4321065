package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ConvenerApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void hasTheModulesTheArchitectureNames() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "engine",
                        "count",
                        "platform",
                        "shared",
                        "seats",
                        "polls",
                        "people",
                        "groups",
                        "engagements",
                        "letters",
                        "messages",
                        "organising",
                        "votes",
                        "ballots",
                        "bulletins",
                        "demo",
                        "api");
        // module diagrams and canvases for docs, written to target/spring-modulith-docs
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
