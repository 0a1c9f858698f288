package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Predictions of a model outside ClaimDesk, imported as suggestions rather than annotations: they
 * are served beside the project's own engines under the engine {@code external:<model>}, each
 * import of a model into a document a new version, and accepted or rejected like any suggestion.
 */
@Service
public class ExternalPredictions {
    public static final String ENGINE_PREFIX = "external:";
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,53}");

    /** A predicted span in code points; {@code key} names it for links. */
    public record PredictedSpan(String key, String label, int start, int end, double score) {
    }

    public record PredictedLink(String type, String from, String to, double score) {
    }

    /** What was stored, and the labels and link types the project's schema lacks (those were left out). */
    public record Stored(int spans, int links, List<String> unknown) {
    }

    private final DocumentService documents;
    private final ProjectService projects;
    private final SuggestionStore store;
    private final JdbcClient jdbc;

    ExternalPredictions(DocumentService documents, ProjectService projects, SuggestionStore store, JdbcClient jdbc) {
        this.documents = documents;
        this.projects = projects;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The model name as the API takes it: letters, digits and . _ : / @ + -, up to 54 characters. */
    public static String checkModel(String model) {
        if (model == null || !MODEL.matcher(model).matches()) {
            throw new InvalidInputException("model", "A model name is 1 to 54 letters, digits or . _ : / @ + -, "
                    + "starting with a letter or digit; got " + (model == null ? "none" : "'" + model + "'") + ".");
        }
        return model;
    }

    @Transactional
    public Stored store(long documentId, String model, List<PredictedSpan> spans, List<PredictedLink> links) {
        String engine = ENGINE_PREFIX + checkModel(model);
        DocumentAccess access = documents.getWithRole(documentId, ProjectRole.CURATOR);
        LabelSchema schema = projects.schemaUnchecked(access.project().id());
        int length = access.document().text().codePointCount(0, access.document().text().length());
        TreeSet<String> unknown = new TreeSet<>();
        Map<String, Integer> index = new HashMap<>();
        List<SuggestionEngine.Span> kept = new ArrayList<>();
        for (PredictedSpan s : spans) {
            if (s.start() < 0 || s.end() > length || s.start() >= s.end()) {
                throw new InvalidInputException("Prediction " + s.key() + " [" + s.start() + ", " + s.end()
                        + ") is outside the document (" + length + " code points).");
            }
            if (schema.span(s.label()).isEmpty()) {
                unknown.add(s.label());
                continue;
            }
            index.put(s.key(), kept.size());
            kept.add(new SuggestionEngine.Span(kept.size(), s.label(), s.start(), s.end(), clamp(s.score())));
        }
        List<SuggestionEngine.Link> kept2 = new ArrayList<>();
        for (PredictedLink l : links) {
            Integer from = index.get(l.from());
            Integer to = index.get(l.to());
            if (schema.relation(l.type()).isEmpty()) {
                unknown.add(l.type());
            } else if (from != null && to != null) {
                kept2.add(new SuggestionEngine.Link(0, l.type(), from, to, clamp(l.score())));
            }
        }
        SuggestionEngine.Prediction grouped = Groups.of(new SuggestionEngine.Prediction(kept, kept2));
        String version = String.valueOf(jdbc.sql("""
                        select coalesce(max(cast(model_version as int)), 0) + 1 from suggestion_run
                        where document_id = ? and engine = ?""").params(documentId, engine).query(Integer.class).single());
        store.store(documentId, engine, version, grouped, schema);
        return new Stored(kept.size(), kept2.size(), List.copyOf(unknown));
    }

    private static double clamp(double score) {
        return Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 1;
    }
}
