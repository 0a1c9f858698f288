package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.TextMapping;
import org.claimdesk.suggestion.ExternalPredictions;
import org.claimdesk.suggestion.ExternalPredictions.PredictedLink;
import org.claimdesk.suggestion.ExternalPredictions.PredictedSpan;

/**
 * A model's predictions for one document, from any format the importer reads, into the
 * suggestion feature: offsets mapped like annotations, labels through the label map, and the
 * labels the schema lacks named in the report.
 */
final class PredictionImport {
    private PredictionImport() {
    }

    static ExternalPredictions.Stored store(ExternalPredictions predictions, ImportedDocument doc, DocumentContent target,
                                            TextMapping mapping, String model, Map<String, String> labelMap) {
        List<PredictedSpan> spans = new ArrayList<>();
        int index = 0;
        for (ImportedDocument.ImportedSpan s : doc.spans()) {
            index++;
            String name = s.id() != null ? s.id() : "#" + index;
            String label = labelMap.getOrDefault(s.label(), s.label());
            if (label.isEmpty()) {
                continue;
            }
            List<Fragment> fragments = ImportedFragments.of(doc, s, name, mapping);
            // a suggestion is one stretch of text: a discontinuous prediction is proposed from its first to its last character
            spans.add(new PredictedSpan(name, label, fragments.getFirst().start(), fragments.getLast().end(), s.score()));
        }
        List<PredictedLink> links = new ArrayList<>();
        for (ImportedDocument.ImportedRelation r : doc.relations()) {
            String type = labelMap.getOrDefault(r.type(), r.type());
            if (!type.isEmpty() && r.from() != null && r.to() != null) {
                links.add(new PredictedLink(type, r.from(), r.to(), 1));
            }
        }
        return predictions.store(target.id(), model, spans, links);
    }
}
