/** Documents: import, text normalization, offsets, and each annotator's state per document. */
@ApplicationModule(displayName = "Document", allowedDependencies = {"base", "project", "security"})
@NullMarked
package org.claimdesk.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
