package org.claimdesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimdesk.annotation.GoldLayerEditing;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.security.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curation turns the annotators' layers of a document into its gold layer: spans that every
 * annotator made identically (same label, same fragments) are merged automatically; the curator
 * accepts or rejects the rest.
 */
@Service
public class CurationService {
    private final LayerReader annotations;
    private final GoldLayerEditing goldLayer;
    private final UserService users;

    private final List<ModelProposals> models;

    CurationService(LayerReader annotations, GoldLayerEditing gold, UserService users, List<ModelProposals> models) {
        this.models = models;
        this.annotations = annotations;
        this.goldLayer = gold;
        this.users = users;
    }

    /** The candidates of a document, by position, with votes and whether they are in gold. */
    @Transactional(readOnly = true)
    public List<CurationCandidate> candidates(long documentId) {
        String gold = users.goldLayer().username();
        List<SpanDto> all = annotations.allLayers(documentId);
        TreeSet<String> annotators = new TreeSet<>();
        Map<String, List<SpanDto>> byKey = new LinkedHashMap<>();
        Map<String, Long> goldByKey = new LinkedHashMap<>();
        for (SpanDto s : all) {
            if (s.annotator().equals(gold)) {
                goldByKey.putIfAbsent(key(s.label(), s.fragments()), s.id());
            } else {
                annotators.add(s.annotator());
                byKey.computeIfAbsent(key(s.label(), s.fragments()), k -> new ArrayList<>()).add(s);
            }
        }
        List<CurationCandidate> out = new ArrayList<>();
        byKey.forEach((key, spans) -> {
            SpanDto first = spans.getFirst();
            out.add(new CurationCandidate(first.label(), first.fragments(), first.text(),
                    spans.stream().map(SpanDto::annotator).distinct().sorted().toList(), annotators.size(),
                    goldByKey.get(key)));
        });
        // gold spans no annotator proposed (edited by the curator) are candidates too
        goldByKey.forEach((key, id) -> {
            if (!byKey.containsKey(key)) {
                SpanDto g = all.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
                out.add(new CurationCandidate(g.label(), g.fragments(), g.text(), List.of(), annotators.size(), id));
            }
        });
        withModel(documentId, out, annotators.size());
        out.sort(Comparator.comparingInt((CurationCandidate c) -> c.fragments().getFirst().start())
                .thenComparing(CurationCandidate::label));
        return out;
    }

    /** Puts every unanimous candidate that is not yet in gold into gold; returns how many. */
    @Transactional
    public int mergeAgreed(long documentId) {
        int merged = 0;
        for (CurationCandidate c : candidates(documentId)) {
            if (c.unanimous() && c.annotators() > 0 && !c.inGold()) {
                goldLayer.createGoldSpan(documentId, c.label(), c.fragments());
                merged++;
            }
        }
        carryRelations(documentId);
        return merged;
    }

    @Transactional
    public void accept(long documentId, CurationCandidate candidate) {
        if (!candidate.inGold()) {
            goldLayer.createGoldSpan(documentId, candidate.label(), candidate.fragments());
            carryRelations(documentId);
        }
    }

    /**
     * Puts the curator's corrected version of a candidate into gold (another label, other
     * boundaries); a version of it already in gold is replaced.
     */
    @Transactional
    public SpanDto acceptEdited(long documentId, CurationCandidate candidate, String label, List<Fragment> fragments) {
        if (candidate.goldSpanId() != null) {
            goldLayer.deleteGoldSpan(candidate.goldSpanId());
        }
        SpanDto accepted = goldLayer.createGoldSpan(documentId, label, fragments);
        carryRelations(documentId);
        return accepted;
    }

    /**
     * Links gold spans as the annotators linked the spans they came from: a relation of any
     * annotator whose two ends are both in gold (same label and fragments) is carried into gold.
     */
    private void carryRelations(long documentId) {
        String gold = users.goldLayer().username();
        Map<Long, SpanDto> byId = new HashMap<>();
        Map<String, Long> goldByKey = new HashMap<>();
        for (SpanDto s : annotations.allLayers(documentId)) {
            byId.put(s.id(), s);
            if (s.annotator().equals(gold)) {
                goldByKey.putIfAbsent(key(s.label(), s.fragments()), s.id());
            }
        }
        for (RelationDto r : annotations.allLayerRelations(documentId)) {
            SpanDto from = byId.get(r.from());
            SpanDto to = byId.get(r.to());
            if (from == null || to == null || from.annotator().equals(gold)) {
                continue;
            }
            Long goldFrom = goldByKey.get(key(from.label(), from.fragments()));
            Long goldTo = goldByKey.get(key(to.label(), to.fragments()));
            if (goldFrom != null && goldTo != null) {
                goldLayer.createGoldRelation(documentId, r.type(), goldFrom, goldTo);
            }
        }
    }

    @Transactional
    public void reject(CurationCandidate candidate) {
        if (candidate.goldSpanId() != null) {
            goldLayer.deleteGoldSpan(candidate.goldSpanId());
        }
    }

    /** The model's column: its score on the candidates it proposes too, and a row for each span only it proposes. */
    private void withModel(long documentId, List<CurationCandidate> out, int annotators) {
        Map<String, ModelProposals.Proposal> proposed = new LinkedHashMap<>();
        for (ModelProposals m : models) {
            m.of(documentId).forEach(p -> proposed.merge(key(p.label(), List.of(new Fragment(p.start(), p.end()))), p,
                    (a, b) -> a.score() >= b.score() ? a : b));
        }
        for (int i = 0; i < out.size(); i++) {
            ModelProposals.Proposal p = proposed.remove(key(out.get(i).label(), out.get(i).fragments()));
            if (p != null) {
                out.set(i, out.get(i).withModel(p.score()));
            }
        }
        proposed.values().forEach(p -> out.add(new CurationCandidate(p.label(), List.of(new Fragment(p.start(), p.end())),
                p.text(), List.of(), annotators, null, p.score())));
    }

    private static String key(String label, List<Fragment> fragments) {
        StringBuilder k = new StringBuilder(label);
        fragments.forEach(f -> k.append('|').append(f.start()).append('-').append(f.end()));
        return k.toString();
    }
}
