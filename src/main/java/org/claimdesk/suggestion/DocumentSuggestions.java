package org.claimdesk.suggestion;

import java.util.List;

/**
 * A document's suggestions for one reviewer, in code points: what the engines that are on propose,
 * without what the reviewer accepted, rejected or already has. {@code group} ties the spans and
 * links of one linked suggestion; a link names its ends by suggestion span ids.
 */
public record DocumentSuggestions(Model model, List<Model> models, List<SpanSuggestion> spans,
                                  List<RelationSuggestion> relations) {

    public record Model(String engine, String version) {
    }

    public record SpanSuggestion(long id, long group, String label, int start, int end, List<List<Integer>> fragments,
                                 String text, double score) {
    }

    public record RelationSuggestion(long id, long group, String type, long from, long to, double score) {
    }

    static DocumentSuggestions none() {
        return new DocumentSuggestions(new Model("none", "0"), List.of(), List.of(), List.of());
    }
}
