package org.claimdesk.document;

/** One row of the documents list, from the point of view of the signed-in annotator. */
public record DocumentListItem(long id, String title, int lengthCp, AnnotationState myState, long mySpans) {
}
