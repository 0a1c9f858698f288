package org.claimdesk.dataset;

import java.util.List;
import java.util.Set;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelSchema;

/**
 * What a writer needs beyond the documents: the project's span labels and relation types (in
 * schema order, which fixes tag ids), its event roles (links from a trigger span that brat writes
 * as E lines), its rating scale, a tokenizer of its own, and the schema whose fact-check roles say
 * which spans are claims and who said them.
 */
public record ExportContext(String projectName, List<String> spanLabels, List<String> relationTypes,
                            List<String> eventRoles, List<String> ratingScale, TextTokenizer tokenizer,
                            LabelSchema schema) {
    /** A context on the default fact-check schema. */
    public ExportContext(String projectName, List<String> spanLabels, List<String> relationTypes,
                         List<String> ratingScale, TextTokenizer tokenizer) {
        this(projectName, spanLabels, relationTypes, List.of(), ratingScale, tokenizer, LabelSchema.factCheck());
    }

    /** A project's context; {@code labels}, when not empty, keeps only those span labels. */
    static ExportContext of(String projectName, LabelSchema schema, Set<String> labels, List<String> ratingScale) {
        return new ExportContext(projectName, schema.spanLabels().stream().map(LabelDefinition::name)
                .filter(l -> labels.isEmpty() || labels.contains(l)).toList(),
                schema.relationLabels().stream().map(LabelDefinition::name).toList(),
                schema.roleLabels().stream().map(LabelDefinition::name).toList(), ratingScale, new TextTokenizer(),
                schema);
    }
}
