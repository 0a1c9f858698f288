/** Administration: adding users and putting them into projects with a role. */
@ApplicationModule(displayName = "Admin")
@NullMarked
package org.claimdesk.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
