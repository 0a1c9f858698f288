package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(ClaimDeskApplication.class);

    @Test
    void feature_modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    /**
     * Writes the PlantUML diagrams to target/spring-modulith-docs, and checks that the committed
     * docs/modules.puml (linked from docs/architecture.md) shows the same dependencies: after a
     * change of them, copy components.puml over it.
     */
    @Test
    void writes_the_module_documentation_and_the_committed_diagram_is_current() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path generated = Path.of("target", "spring-modulith-docs", "components.puml");
        assertThat(relations(Path.of("docs", "modules.puml")))
                .as("docs/modules.puml is out of date: copy " + generated + " over it")
                .isEqualTo(relations(generated));
    }

    private static List<String> relations(Path diagram) throws IOException {
        return Files.readAllLines(diagram).stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
    }
}
