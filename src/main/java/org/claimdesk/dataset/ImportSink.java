package org.claimdesk.dataset;

/** Takes what a reader found: whole documents, or a problem located by file and line. */
public interface ImportSink {
    void document(ImportedDocument document);

    void problem(String file, int line, String reason);

    /** True once the user cancelled; readers stop at the next document. */
    boolean cancelled();
}
