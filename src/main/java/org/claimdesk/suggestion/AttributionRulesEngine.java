package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.suggestion.Proposals.Item;
import org.claimdesk.suggestion.Proposals.Kind;
import org.claimdesk.suggestion.TextUnits.Range;
import org.springframework.stereotype.Component;

/**
 * The cold-start engine: {@link AttributionRules} on English news, from the first article, with
 * nothing to train. Each attribution comes with its claims and denials as one linked suggestion.
 */
@Component
class AttributionRulesEngine implements SuggestionEngine {
    @Override
    public String id() {
        return "attribution-rules";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean supports(LabelSchema schema) {
        return RulesTargets.of(schema).isPresent();
    }

    /** The rules are their own model: nothing to train, nothing to store. */
    private static final Model RULES = () -> new byte[0];

    @Override
    public Optional<Model> builtIn() {
        return Optional.of(RULES);
    }

    @Override
    public Prediction predict(String text, LabelSchema schema, Model model) {
        RulesTargets to = RulesTargets.of(schema).orElseThrow();
        Proposals found = AttributionRules.find(text);
        int[] group = groups(found);
        Out out = new Out(text);
        Map<Integer, Integer> spanOf = new HashMap<>();
        Map<Integer, Integer> sourceOf = new HashMap<>();
        Map<Integer, Integer> cueOf = new HashMap<>();
        for (int i = 0; i < found.items().size(); i++) {
            Item item = found.items().get(i);
            String label = switch (item.kind()) {
                case CLAIM -> to.claim();
                case ATTRIBUTION -> to.event() != null ? to.event().trigger() : to.attribution();
                case DENIAL -> to.denial();
            };
            if (label == null) {
                continue;
            }
            spanOf.put(i, out.span(group[i], label, item.range(), item.score()));
            if (item.kind() == Kind.ATTRIBUTION && to.event() != null) {
                RulesTargets.Event e = to.event();
                if (e.sourceLabel() != null && e.sourceRole() != null) {
                    sourceOf.put(i, out.span(group[i], e.sourceLabel(), item.source(), item.score()));
                    out.link(group[i], e.sourceRole(), spanOf.get(i), sourceOf.get(i), item.score());
                }
                if (e.cueLabel() != null && e.cueRole() != null) {
                    cueOf.put(i, out.span(group[i], e.cueLabel(), item.cue(), item.score()));
                    out.link(group[i], e.cueRole(), spanOf.get(i), cueOf.get(i), item.score());
                }
            }
        }
        for (Proposals.Link l : found.links()) {
            Integer from = spanOf.get(l.from());
            Integer target = spanOf.get(l.to());
            double score = Math.min(found.items().get(l.from()).score(), found.items().get(l.to()).score());
            if (from == null || target == null) {
                continue;
            }
            if (l.type().equals(Proposals.ATTRIBUTED_TO)) {
                if (to.event() != null) {
                    out.link(group[l.from()], to.event().contentRole(), target, from, score);
                } else if (to.attributedTo() != null) {
                    out.link(group[l.from()], to.attributedTo(), from, target, score);
                }
            } else if (to.denies() != null) {
                out.link(group[l.from()], to.denies(), from, target, score);
            }
        }
        return new Prediction(out.spans, out.links);
    }

    /** Connected proposals (an attribution, its claims, their denials) share a group number. */
    private static int[] groups(Proposals found) {
        int[] parent = new int[found.items().size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Proposals.Link l : found.links()) {
            parent[root(parent, l.from())] = root(parent, l.to());
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        int[] group = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            group[i] = numbers.computeIfAbsent(root(parent, i), r -> numbers.size() + 1);
        }
        return group;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return i;
    }

    /** The prediction being built, with UTF-16 ranges turned into code points. */
    private static final class Out {
        final String text;
        final List<Span> spans = new ArrayList<>();
        final List<Link> links = new ArrayList<>();

        Out(String text) {
            this.text = text;
        }

        int span(int group, String label, Range range, double score) {
            Range r = TextUnits.trim(text, range.start(), range.end());
            int start = text.codePointCount(0, r.start());
            int end = start + text.codePointCount(r.start(), r.end());
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                if (s.label().equals(label) && s.start() == start && s.end() == end) {
                    return i;
                }
            }
            spans.add(new Span(group, label, start, end, score));
            return spans.size() - 1;
        }

        void link(int group, String type, int from, int to, double score) {
            if (from != to) {
                links.add(new Link(group, type, from, to, score));
            }
        }
    }
}
