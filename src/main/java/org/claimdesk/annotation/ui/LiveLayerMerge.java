package org.claimdesk.annotation.ui;

import java.util.Optional;
import java.util.function.LongFunction;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.collaboration.DocumentChange;
import org.jspecify.annotations.Nullable;

/**
 * Merges changes made elsewhere (another tab, another reviewer, another node) into an open
 * editor: the reader's own layer by version, so an echo of its own edit is not applied twice;
 * other layers only while they are shown.
 */
final class LiveLayerMerge {
    /** Where the merged changes go. */
    interface Target {
        @Nullable SpanDto span(long id);

        @Nullable RelationDto relation(long id);

        void putSpan(SpanDto span);

        void removeSpan(long id);

        void putRelation(RelationDto relation);

        void removeRelation(long id);

        void showOtherSpan(SpanDto span);

        void removeOtherSpan(long id);

        /** Reads the reader's own layer again (after a bulk change). */
        void reload();
    }

    private final long documentId;
    private final long myLayer;
    private final LongFunction<Optional<SpanDto>> readSpan;
    private final LongFunction<Optional<RelationDto>> readOwnRelation;

    LiveLayerMerge(long documentId, long myLayer, LongFunction<Optional<SpanDto>> readSpan,
                   LongFunction<Optional<RelationDto>> readOwnRelation) {
        this.documentId = documentId;
        this.myLayer = myLayer;
        this.readSpan = readSpan;
        this.readOwnRelation = readOwnRelation;
    }

    void apply(DocumentChange change, Target target, boolean showOthers) {
        if (change.documentId() != documentId) {
            return;
        }
        boolean mine = change.annotatorId() == myLayer;
        if (change.entity() == DocumentChange.Entity.SPAN) {
            if (mine) {
                SpanDto known = target.span(change.entityId());
                if (change.deleted()) {
                    target.removeSpan(change.entityId());
                } else if (known == null || known.version() < change.version()) {
                    readSpan.apply(change.entityId()).ifPresent(target::putSpan);
                }
            } else if (showOthers) {
                if (change.deleted()) {
                    target.removeOtherSpan(change.entityId());
                } else {
                    readSpan.apply(change.entityId()).ifPresent(target::showOtherSpan);
                }
            }
        } else if (change.entity() == DocumentChange.Entity.LAYER && mine) {
            target.reload();
        } else if (change.entity() == DocumentChange.Entity.RELATION && mine) {
            if (change.deleted()) {
                target.removeRelation(change.entityId());
            } else if (target.relation(change.entityId()) == null) {
                readOwnRelation.apply(change.entityId()).ifPresent(target::putRelation);
            }
        }
    }
}
