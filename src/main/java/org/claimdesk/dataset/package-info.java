/**
 * Datasets in and out: the formats behind one {@link org.claimdesk.dataset.FormatSupport}
 * interface and registry, deterministic train/dev/test splits, the dataset card, streaming
 * export and the import of corpora and of annotations made in other tools.
 */
@ApplicationModule(displayName = "Datasets", allowedDependencies = {"annotation", "base", "document", "project", "review", "security", "suggestion"})
@NullMarked
package org.claimdesk.dataset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
