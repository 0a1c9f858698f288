package org.claimdesk.annotation.ui;

import java.util.Map;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.document.TextOffsetsCache;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's own data feed, under the UI's session (not the token-only REST API): the layer the
 * annotation view would show, with the same access checks, since it is read by the same service.
 */
@RestController
class EditorDataController {
    private final LayerReader layers;
    private final TextOffsetsCache offsets;

    EditorDataController(LayerReader layers, TextOffsetsCache offsets) {
        this.layers = layers;
        this.offsets = offsets;
    }

    @GetMapping(value = "/documents/{id}/editor.json", produces = "application/json")
    ResponseEntity<Map<String, Object>> data(@PathVariable long id) {
        AnnotationLayer layer = layers.layer(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(EditorData.of(offsets.of(layer.document()), layer));
    }
}
