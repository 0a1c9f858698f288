package org.claimdesk.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.claimdesk.base.ui.Notifications;

/**
 * The owner's upload of a schema file: ClaimDesk's schema JSON, a brat annotation.conf or a Label
 * Studio labeling config, told apart by the file name.
 */
final class SchemaUpload {
    static final int MAX_BYTES = 1 << 20;

    private SchemaUpload() {
    }

    /** {@code apply} gets the format ("json", "brat" or "labelstudio") and the file's text. */
    static Upload of(BiConsumer<String, String> apply) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            String name = meta.fileName().toLowerCase(Locale.ROOT);
            String format = name.endsWith(".json") ? "json" : name.endsWith(".conf") ? "brat"
                    : name.endsWith(".xml") ? "labelstudio" : null;
            if (format == null) {
                Notifications.error(meta.fileName() + ": a schema file is .json (ClaimDesk), .conf (brat) or .xml"
                        + " (a Label Studio labeling config).");
                return;
            }
            try {
                apply.accept(format, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                Notifications.error(meta.fileName() + " is not UTF-8 text.");
            }
        })));
        upload.setAcceptedFileTypes(".json", ".conf", ".xml");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Upload a schema file…"));
        upload.setDropLabel(new Span(".json, annotation.conf or a Label Studio config"));
        return upload;
    }
}
