package org.claimdesk.dataset;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much an upload may hold: its size, and for a zip the number of entries, their total
 * uncompressed size and how far one entry may expand (a zip bomb expands a thousandfold).
 */
@Component
public class UploadLimits {
    private final long maxUploadBytes;
    private final int maxEntries;
    private final long maxUncompressedBytes;
    private final int maxCompressionRatio;

    UploadLimits(@Value("${claimdesk.import.max-upload-bytes:268435456}") long maxUploadBytes,
                 @Value("${claimdesk.import.max-zip-entries:20000}") int maxEntries,
                 @Value("${claimdesk.import.max-uncompressed-bytes:1073741824}") long maxUncompressedBytes,
                 @Value("${claimdesk.import.max-compression-ratio:100}") int maxCompressionRatio) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxEntries = maxEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxCompressionRatio = maxCompressionRatio;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public long maxUncompressedBytes() {
        return maxUncompressedBytes;
    }

    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
