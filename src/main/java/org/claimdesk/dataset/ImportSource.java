package org.claimdesk.dataset;

import java.nio.ByteBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.claimdesk.base.InvalidInputException;

/** The files of one upload: the file itself, or the entries of a zip (within the archive limits). */
public interface ImportSource {
    /** One file: its path in the upload, its size, and its bytes. */
    interface ImportFile {
        String name();

        long size();

        InputStream open() throws IOException;

        /** The file as UTF-8 text; anything else is refused with a message naming the file. */
        default String text() throws IOException {
            try (InputStream in = open()) {
                byte[] bytes = in.readAllBytes();
                return Utf8.decode(bytes, name());
            }
        }
    }

    List<ImportFile> files();

    default Optional<ImportFile> file(String name) {
        return files().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Strict UTF-8 decoding with a clear message; a UTF-8 byte order mark is dropped. */
    final class Utf8 {
        private Utf8() {
        }

        public static String decode(byte[] bytes, String name) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException e) {
                boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
                throw new InvalidInputException(name + " is not UTF-8 text" + (utf16 ? " (it looks like UTF-16)" : "")
                        + "; save it as UTF-8 and import it again.");
            }
        }
    }
}
