/**
 * Live collaboration: changes and presence fanned out to every open view, across all ClaimDesk
 * nodes that share the database, through PostgreSQL LISTEN/NOTIFY.
 */
@ApplicationModule(displayName = "Collaboration", allowedDependencies = {})
@NullMarked
package org.claimdesk.collaboration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
