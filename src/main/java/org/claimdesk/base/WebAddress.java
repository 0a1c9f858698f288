package org.claimdesk.base;

import java.util.Locale;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/** Web addresses that ClaimDesk stores and links to: http(s) only, so no javascript: or data: links. */
public final class WebAddress {
    private static final int MAX_LENGTH = 2000;

    private WebAddress() {
    }

    /** The trimmed address, null when blank; refuses anything but an absolute http(s) URL. */
    public static @Nullable String httpOrNull(@Nullable String raw, String what) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (url.length() > MAX_LENGTH) {
            throw new InvalidInputException(what + " is longer than " + MAX_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(what + " must be an http(s) address: " + url);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(what + " is not a valid address: " + url);
        }
        return url;
    }
}
