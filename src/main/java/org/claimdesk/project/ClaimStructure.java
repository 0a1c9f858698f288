package org.claimdesk.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which spans of a layer are claims, who said each and what denies it, found by the schema's
 * fact-check roles so that the claims table, provenance and the claim exports work on any schema:
 * a span whose label has the claim role is a claim, and so is the argument an event gives the
 * claim role (an {@code Attribution} event's {@code Content}). A claim's sources are the spans it
 * is attributed to, and its event's source arguments (or, without one, the event's trigger); its
 * denials are the spans that deny it, and the triggers of events whose label is a denial.
 *
 * @param <K> how the caller names a span: a database id, or T1, T2 in an export
 */
public final class ClaimStructure<K> {
    /** A link of the layer: a relation, or an event role from a trigger to an argument. */
    public record Link<K>(K from, K to, String type) {
    }

    private final Set<K> claims = new LinkedHashSet<>();
    private final Map<K, List<K>> sources = new HashMap<>();
    private final Map<K, List<K>> denials = new HashMap<>();

    private ClaimStructure() {
    }

    public static <K> ClaimStructure<K> of(LabelSchema schema, Map<K, String> labelOf, Collection<Link<K>> links) {
        ClaimStructure<K> out = new ClaimStructure<>();
        Set<String> claimLabels = schema.spanLabelsWith(FactRole.CLAIM);
        Set<String> denialLabels = schema.spanLabelsWith(FactRole.DENIAL);
        Set<String> claimArguments = schema.linkTypesWith(FactRole.CLAIM);
        Set<String> sourceArguments = schema.linkTypesWith(FactRole.SOURCE);
        Set<String> attributedTo = schema.linkTypesWith(FactRole.ATTRIBUTED_TO);
        Set<String> denies = schema.linkTypesWith(FactRole.DENIES);
        labelOf.forEach((span, label) -> {
            if (claimLabels.contains(label)) {
                out.claims.add(span);
            }
        });
        for (Link<K> l : links) {
            if (!labelOf.containsKey(l.from()) || !labelOf.containsKey(l.to())) {
                continue;
            }
            if (claimArguments.contains(l.type())) {
                out.claims.add(l.to());
                if (denialLabels.contains(labelOf.get(l.from()))) {
                    out.add(out.denials, l.to(), l.from());
                    continue;
                }
                List<K> said = links.stream().filter(o -> o.from().equals(l.from()) && sourceArguments.contains(o.type())
                        && labelOf.containsKey(o.to())).map(Link::to).toList();
                if (said.isEmpty()) {
                    out.add(out.sources, l.to(), l.from());
                } else {
                    said.forEach(s -> out.add(out.sources, l.to(), s));
                }
            } else if (attributedTo.contains(l.type())) {
                out.add(out.sources, l.from(), l.to());
            } else if (denies.contains(l.type())) {
                out.add(out.denials, l.to(), l.from());
            }
        }
        return out;
    }

    private void add(Map<K, List<K>> map, K claim, K other) {
        List<K> list = map.computeIfAbsent(claim, k -> new ArrayList<>());
        if (!list.contains(other)) {
            list.add(other);
        }
    }

    public boolean isClaim(K span) {
        return claims.contains(span);
    }

    public Set<K> claims() {
        return claims;
    }

    /** Who said the claim, in link order. */
    public List<K> sources(K claim) {
        return sources.getOrDefault(claim, List.of());
    }

    public List<K> denials(K claim) {
        return denials.getOrDefault(claim, List.of());
    }
}
