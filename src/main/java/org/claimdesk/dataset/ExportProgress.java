package org.claimdesk.dataset;

/** Told how far an export or import is; asked whether the user cancelled it. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
    };

    default void advanced(long done, long total) {
    }

    default boolean cancelled() {
        return false;
    }
}
