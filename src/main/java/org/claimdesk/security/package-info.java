/** Users, password hashing, login, the HTTP security set-up and who is signed in. */
@ApplicationModule(displayName = "Security", allowedDependencies = {"base"})
@NullMarked
package org.claimdesk.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
