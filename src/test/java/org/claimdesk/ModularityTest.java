package org.claimdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(ClaimDeskApplication.class);

    @Test
    void feature_modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
