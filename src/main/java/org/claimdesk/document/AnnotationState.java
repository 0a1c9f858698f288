package org.claimdesk.document;

/** An annotator's progress on one document. */
public enum AnnotationState {
    NEW, IN_PROGRESS, FINISHED
}
