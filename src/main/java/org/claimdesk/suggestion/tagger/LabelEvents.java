package org.claimdesk.suggestion.tagger;

import java.util.Iterator;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;

/**
 * The training events of one label, made document by document as OpenNLP reads them: a token's
 * features with the previous gold tag, and its gold tag; in a partial document only the tokens of
 * rejected spans, as O: negative evidence. Nothing is held for the whole corpus but
 * OpenNLP's own compact index, so 800 articles train in a small heap.
 */
final class LabelEvents implements ObjectStream<Event> {
    private final List<GoldDocument> docs;
    private final String label;
    private Iterator<GoldDocument> next;
    private TokenizedText text;
    private List<String[]> features;
    private String[] tags;
    private boolean[] evidence;
    private int k;

    LabelEvents(List<GoldDocument> docs, String label) {
        this.docs = docs;
        this.label = label;
        reset();
    }

    @Override
    public Event read() {
        while (tags == null || k >= tags.length || !evidence[k]) {
            if (tags != null && k < tags.length) {
                k++;
                continue;
            }
            if (!next.hasNext()) {
                return null;
            }
            GoldDocument d = next.next();
            if (d.partial() && d.rejected().stream().noneMatch(r -> r.label().equals(label))) {
                continue;
            }
            text = TokenizedText.of(d.text());
            features = TokenFeatures.of(text);
            tags = GoldTags.of(d, text, label);
            evidence = GoldTags.evidence(d, text, label);
            k = 0;
        }
        String previous = k == 0 || !evidence[k - 1] ? LabelTagger.O : tags[k - 1];
        Event e = new Event(tags[k], TokenFeatures.withPrevious(features.get(k), previous, text.get(k).word()));
        k++;
        return e;
    }

    @Override
    public void reset() {
        next = docs.iterator();
        tags = null;
        k = 0;
    }
}
