package org.claimdesk.annotation;

public enum SpanOrigin {
    MANUAL, SUGGESTED, IMPORTED
}
