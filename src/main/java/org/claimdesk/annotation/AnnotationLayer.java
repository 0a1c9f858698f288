package org.claimdesk.annotation;

import java.util.List;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectSummary;

/** What the annotation view opens: the document, the project schema and the caller's layer. */
public record AnnotationLayer(DocumentContent document, ProjectSummary project, LabelSchema schema, long annotatorId, String annotator,
                              List<SpanDto> spans, List<RelationDto> relations) {
}
