package org.claimdesk.dataset;

import java.util.Locale;

/** The part of a dataset a document falls in; {@link #ALL} when the export is not split. */
public enum Split {
    TRAIN, DEV, TEST, ALL;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
