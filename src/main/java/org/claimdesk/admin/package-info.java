/** Administration: adding users and putting them into projects with a role. */
@ApplicationModule(displayName = "Admin", allowedDependencies = {"base", "project", "security"})
@NullMarked
package org.claimdesk.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
