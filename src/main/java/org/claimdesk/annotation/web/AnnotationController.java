package org.claimdesk.annotation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerBulk;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerUndo;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanJson;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The caller's layer over REST. Offsets are Unicode code points, as Python's text[start:end]. */
@RestController
class AnnotationController {
    private final OwnLayerEditing annotations;
    private final OwnLayerBulk bulk;
    private final LayerReader layers;
    private final JsonMapper json;

    private final LayerUndo undo;

    AnnotationController(OwnLayerEditing annotations, OwnLayerBulk bulk, LayerReader layers, JsonMapper json,
                         LayerUndo undo) {
        this.bulk = bulk;
        this.layers = layers;
        this.undo = undo;
        this.annotations = annotations;
        this.json = json;
    }

    @GetMapping("/api/documents/{id}/annotations")
    LayerJson layer(@PathVariable long id) {
        AnnotationLayer layer = layers.layer(id);
        return new LayerJson(layer.spans().stream().map(SpanJson::of).toList(), layer.relations(), "codepoint");
    }

    /** One span object, or an array of them (a bulk request: all or nothing, 201 with the spans in order). */
    @PostMapping("/api/documents/{id}/spans")
    ResponseEntity<?> createSpan(@PathVariable long id, @RequestBody JsonNode body) {
        if (body.isArray()) {
            List<OwnLayerBulk.NewSpan> items = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                NewSpan item = read(body.get(i), i);
                try {
                    items.add(new OwnLayerBulk.NewSpan(item.label(), item.toFragments()));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("Span at index " + i + ": " + e.getMessage());
                }
            }
            List<SpanDto> created = bulk.createSpans(id, items, SpanOrigin.MANUAL);
            return ResponseEntity.status(201).body(created.stream().map(SpanJson::of).toList());
        }
        NewSpan single = read(body, -1);
        SpanDto span = annotations.createSpan(id, single.label(), single.toFragments(), SpanOrigin.MANUAL);
        return ResponseEntity.created(URI.create("/api/spans/" + span.id())).body(SpanJson.of(span));
    }

    private NewSpan read(JsonNode node, int index) {
        if (!node.isObject()) {
            throw new InvalidInputException((index < 0 ? "The body" : "Span at index " + index)
                    + " must be a span object {\"label\", \"start\", \"end\"} or {\"label\", \"fragments\"}.");
        }
        try {
            return json.treeToValue(node, NewSpan.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException((index < 0 ? "The span" : "Span at index " + index)
                    + " is not of the expected shape: label a string, offsets integers.");
        }
    }

    @DeleteMapping("/api/spans/{id}")
    ResponseEntity<Void> deleteSpan(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
        annotations.deleteSpan(id, version);
        return ResponseEntity.noContent().build();
    }

    /** Relabels a span and/or sets its note; with a version, refuses (409) if it changed meanwhile. */
    @PatchMapping("/api/spans/{id}")
    SpanJson changeSpan(@PathVariable long id, @RequestBody SpanChange body) {
        return SpanJson.of(annotations.change(id, body.label(), body.note(), body.version()));
    }

    /** One link object, or an array of them (a bulk request: all or nothing, 201 with the links in order). */
    @PostMapping("/api/documents/{id}/relations")
    ResponseEntity<?> createRelation(@PathVariable long id, @RequestBody JsonNode body) {
        if (body.isArray()) {
            List<OwnLayerBulk.NewLink> items = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                NewRelation item = readRelation(body.get(i), i);
                items.add(new OwnLayerBulk.NewLink(item.type(), item.from(), item.to()));
            }
            return ResponseEntity.status(201).body(bulk.createRelations(id, items));
        }
        NewRelation single = readRelation(body, -1);
        RelationDto r = annotations.createRelation(id, single.type(), single.from(), single.to());
        return ResponseEntity.created(URI.create("/api/relations/" + r.id())).body(r);
    }

    private NewRelation readRelation(JsonNode node, int index) {
        String which = index < 0 ? "The body" : "Relation at index " + index;
        if (!node.isObject()) {
            throw new InvalidInputException(which + " must be a relation object {\"type\"?, \"from\", \"to\"}.");
        }
        NewRelation r;
        try {
            r = json.treeToValue(node, NewRelation.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException(which + " is not of the expected shape: type a string, from and to span ids.");
        }
        if (r.from() == null || r.to() == null) {
            throw new InvalidInputException((index < 0 ? "" : which + ": ") + "Fields 'from' and 'to' (span ids) are required.");
        }
        return r;
    }

    @DeleteMapping("/api/relations/{id}")
    ResponseEntity<Void> deleteRelation(@PathVariable long id) {
        annotations.deleteRelation(id);
        return ResponseEntity.noContent().build();
    }

    /** Reverses the caller's last change step in this document (as Ctrl+Z in the editor). */
    @PostMapping("/api/documents/{id}/undo")
    LayerUndo.Changes undo(@PathVariable long id) {
        return undo.undo(id);
    }

    @PostMapping("/api/documents/{id}/redo")
    LayerUndo.Changes redo(@PathVariable long id) {
        return undo.redo(id);
    }

    record LayerJson(List<SpanJson> spans, List<RelationDto> relations, String offsetUnit) {
    }

    record NewSpan(@Nullable String label, @Nullable Integer start, @Nullable Integer end,
                   @Nullable List<List<Integer>> fragments) {
        List<Fragment> toFragments() {
            if (fragments != null) {
                if (start != null || end != null) {
                    throw new InvalidInputException("Give either 'start' and 'end' or 'fragments', not both.");
                }
                List<Fragment> list = new ArrayList<>();
                for (List<Integer> pair : fragments) {
                    if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
                        throw new InvalidInputException("Each fragment must be a pair [start, end].");
                    }
                    list.add(new Fragment(pair.get(0), pair.get(1)));
                }
                return list;
            }
            if (start == null || end == null) {
                throw new InvalidInputException("Fields 'start' and 'end' (code points) are required.");
            }
            return List.of(new Fragment(start, end));
        }
    }

    record SpanChange(@Nullable String label, @Nullable String note, @Nullable Long version) {
    }

    record NewRelation(@Nullable String type, @Nullable Long from, @Nullable Long to) {
    }
}
