package org.claimdesk.dataset;

/**
 * One file format (after INCEpTION's FormatSupport): its id as used in the API, the CLI and file
 * names, whether it can be written and read, and the writer and reader. One class per format;
 * the {@link FormatRegistry} collects them.
 */
public interface FormatSupport {
    /** The id in URLs, on the command line and in file names: jsonl, conll, brat, ... */
    String id();

    /** A name for people: "CoNLL 2003 (IOB2)". */
    String name();

    /** The unit of the offsets in the files: "codepoint", "utf16" or "token". */
    String offsetUnit();

    default boolean canWrite() {
        return true;
    }

    default boolean canRead() {
        return false;
    }

    /** A writer for one export run; writers are not shared between runs. */
    FormatWriter writer(ExportContext context);

    /** The reader, for formats that {@link #canRead()}. */
    default FormatReader reader() {
        throw new UnsupportedOperationException(name() + " cannot be imported.");
    }
}
