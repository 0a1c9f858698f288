package org.claimdesk.annotation;

/** One contiguous piece of a span, as code point offsets [start, end). */
public record Fragment(int start, int end) {
}
