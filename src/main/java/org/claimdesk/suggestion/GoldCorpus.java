package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.claimdesk.suggestion.tagger.GoldDocument.GoldLink;
import org.claimdesk.suggestion.tagger.GoldDocument.GoldSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's gold documents (those whose gold layer has spans), read from the read models of
 * the document and annotation modules, split once and for all by the hash of each document's key:
 * a fifth is held out for evaluation and never trained on. Annotators' own layers are never read,
 * so a blind project's work cannot leak into anyone's suggestions.
 */
@Component
class GoldCorpus {
    static final String SALT = "suggestions";
    static final double HELD_OUT = 0.2;
    static final int MINIMUM = 4;

    /**
     * {@code negatives}: documents without gold whose rejected suggestions say what is not a span of
     * their label (never in a blind project, where that would carry one reviewer's decisions into
     * everyone's suggestions).
     */
    record Split(List<GoldDocument> train, List<GoldDocument> heldOut, List<GoldDocument> negatives) {
        int size() {
            return train.size() + heldOut.size();
        }
    }

    private final JdbcClient jdbc;

    GoldCorpus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(long projectId) {
        return jdbc.sql("""
                        select count(distinct s.document_id) from annotation_spans s
                        where s.project_id = ? and s.annotator = 'gold'""")
                .param(projectId).query(Integer.class).single();
    }

    Split load(long projectId) {
        record Doc(long id, String text, double fraction) {
        }
        List<Doc> docs = jdbc.sql("""
                        select d.id, d.text, claimdesk_split_fraction(?, d.key) from document_rows d
                        where d.project_id = ? and exists (select 1 from annotation_spans s
                                                           where s.document_id = d.id and s.annotator = 'gold')
                        order by d.id""")
                .params(SALT, projectId).query((rs, i) -> new Doc(rs.getLong(1), rs.getString(2), rs.getDouble(3))).list();
        Map<Long, List<GoldSpan>> spans = new HashMap<>();
        Map<Long, Integer> indexOf = new HashMap<>();
        jdbc.sql("""
                        select s.id, s.document_id, s.label, s.start_cp, s.end_cp from annotation_spans s
                        where s.project_id = ? and s.annotator = 'gold' order by s.document_id, s.start_cp, s.id""")
                .param(projectId).query(rs -> {
                    List<GoldSpan> of = spans.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>());
                    indexOf.put(rs.getLong(1), of.size());
                    of.add(new GoldSpan(rs.getString(3), rs.getInt(4), rs.getInt(5)));
                });
        Map<Long, List<GoldLink>> links = new HashMap<>();
        jdbc.sql("""
                        select r.document_id, r.type, r.source_span_id, r.target_span_id from annotation_relations r
                        join annotation_spans s on s.id = r.source_span_id
                        where s.project_id = ? and s.annotator = 'gold'""")
                .param(projectId).query(rs -> {
                    Integer from = indexOf.get(rs.getLong(3));
                    Integer to = indexOf.get(rs.getLong(4));
                    if (from != null && to != null) {
                        links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GoldLink(rs.getString(2), from, to));
                    }
                });
        List<GoldDocument> train = new ArrayList<>();
        List<GoldDocument> heldOut = new ArrayList<>();
        Doc lowest = docs.stream().min((a, b) -> Double.compare(a.fraction(), b.fraction())).orElse(null);
        for (Doc d : docs) {
            GoldDocument g = new GoldDocument(d.id(), d.text(), spans.getOrDefault(d.id(), List.of()),
                    links.getOrDefault(d.id(), List.of()));
            // a small corpus may have no document below the cut: its lowest is held out all the same
            (d.fraction() < HELD_OUT || d == lowest ? heldOut : train).add(g);
        }
        return new Split(train, heldOut, negatives(projectId));
    }

    private List<GoldDocument> negatives(long projectId) {
        boolean blind = jdbc.sql("select blind from project where id = ?").param(projectId).query(Boolean.class).single();
        if (blind) {
            return List.of();
        }
        Map<Long, List<GoldSpan>> rejected = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("""
                        select d.id, d.text, l.name, x.item_key from suggestion_decision x
                        join document_rows d on d.id = x.document_id
                        join label l on l.id = x.label_id
                        where d.project_id = ? and x.decision = 'REJECTED' and x.item_key like 's:%'
                          and not exists (select 1 from annotation_spans s where s.document_id = d.id and s.annotator = 'gold')
                        order by d.id, x.id""")
                .param(projectId).query(rs -> {
                    String[] key = rs.getString(4).split(":");
                    texts.putIfAbsent(rs.getLong(1), rs.getString(2));
                    rejected.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new GoldSpan(rs.getString(3), Integer.parseInt(key[2]), Integer.parseInt(key[3])));
                });
        List<GoldDocument> out = new ArrayList<>();
        rejected.forEach((id, spans) -> out.add(GoldDocument.rejections(id, texts.get(id), spans)));
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }
}
