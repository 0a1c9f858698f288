package org.claimdesk.project;

/**
 * How many spans or links use a label, and handing them to another label when it is deleted.
 * Implemented by the annotation feature, which owns spans and links; declared here so that the
 * schema editor does not depend on it.
 */
public interface LabelUsage {
    /** Spans with this span label, or links of this relation type or event role. */
    long uses(long labelId);

    /**
     * Relabels every span or link of {@code from} as {@code to} in the caller's transaction, with a
     * history event for each, as a relabel in the editor writes.
     */
    int merge(LabelDefinition from, LabelDefinition to, long actorId);
}
