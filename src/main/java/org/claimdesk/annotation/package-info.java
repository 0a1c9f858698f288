/** Spans, relations and their history: each annotator's layer of a document. */
@ApplicationModule(displayName = "Annotation", allowedDependencies = {"base", "collaboration", "document", "project", "security"})
@NullMarked
package org.claimdesk.annotation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
