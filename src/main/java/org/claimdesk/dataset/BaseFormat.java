package org.claimdesk.dataset;

/** The descriptive part every format shares: id, name, offset unit, and whether it reads and writes. */
public abstract class BaseFormat implements FormatSupport {
    private final String id;
    private final String name;
    private final String offsetUnit;
    private final boolean canRead;
    private final boolean canWrite;

    protected BaseFormat(String id, String name, String offsetUnit, boolean canRead, boolean canWrite) {
        this.id = id;
        this.name = name;
        this.offsetUnit = offsetUnit;
        this.canRead = canRead;
        this.canWrite = canWrite;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String offsetUnit() {
        return offsetUnit;
    }

    @Override
    public boolean canRead() {
        return canRead;
    }

    @Override
    public boolean canWrite() {
        return canWrite;
    }

    @Override
    public FormatWriter writer(ExportContext context) {
        throw new UnsupportedOperationException(name + " is an import format.");
    }

    @Override
    public String toString() {
        return id;
    }
}
