package org.claimdesk.dataset;

/** Takes what a reader found: whole documents, or a problem located by file and line. */
public interface ImportSink {
    void document(ImportedDocument document);

    void problem(String file, int line, String reason);

    /** Something the report should say about what was imported, which is not a problem. */
    default void note(String file, int line, String text) {
    }

    /** True once the user cancelled; readers stop at the next document. */
    boolean cancelled();
}
