/** Shared types every feature uses: error types and the REST error mapping, and the UI shell. */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.claimdesk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
