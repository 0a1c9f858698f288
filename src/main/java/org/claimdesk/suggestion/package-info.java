/** Suggestions: engines propose spans and links, reviewers accept or reject them. */
@ApplicationModule(displayName = "Suggestion",
        allowedDependencies = {"base", "security", "project", "document", "annotation", "annotation :: event", "review"})
@NullMarked
package org.claimdesk.suggestion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
