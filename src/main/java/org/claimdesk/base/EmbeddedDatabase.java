package org.claimdesk.base;

import java.util.Optional;

/** ClaimDesk's own PostgreSQL server, when it runs one (no external database is configured). */
public final class EmbeddedDatabase implements AutoCloseable {
    static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

    private final PostgresServer server;

    EmbeddedDatabase(PostgresServer server) {
        this.server = server;
    }

    public Optional<PostgresServer> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
