/** Claim review: verdicts on claims with evidence. */
@ApplicationModule(displayName = "Review", allowedDependencies = {"annotation", "base", "collaboration", "document", "project", "security"})
@NullMarked
package org.claimdesk.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
