/** Projects, their members and roles, and the label schema. */
@ApplicationModule(displayName = "Project", allowedDependencies = {"base", "security"})
@NullMarked
package org.claimdesk.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
