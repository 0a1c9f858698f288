package org.claimdesk.base;

import java.io.OutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account the embedded PostgreSQL runs under. PostgreSQL refuses to run as root; when
 * ClaimDesk is started as root (a fresh container), the server runs under an unprivileged system
 * account instead ({@code claimdesk-postgres}, created if missing; {@code CLAIMDESK_POSTGRES_USER}
 * names another), which owns the data directory. As an ordinary user nothing changes.
 */
final class PostgresAccount {
    static final String DEFAULT_ACCOUNT = "claimdesk-postgres";
    private static final Logger log = LoggerFactory.getLogger(PostgresAccount.class);

    private final String name;
    private final boolean dropsPrivileges;

    private PostgresAccount(String name, boolean dropsPrivileges) {
        this.name = name;
        this.dropsPrivileges = dropsPrivileges;
    }

    static PostgresAccount forThisProcess() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new PostgresAccount(System.getProperty("user.name"), false);
        }
        String name = System.getenv().getOrDefault("CLAIMDESK_POSTGRES_USER", DEFAULT_ACCOUNT);
        if (run(List.of("id", "-u", name)) != 0) {
            int created = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name));
            if (created != 0) {
                throw new IllegalStateException("ClaimDesk runs as root, and PostgreSQL refuses to: it could not create"
                        + " the system account '" + name + "' to run PostgreSQL under (useradd exit " + created
                        + "). Create it, or start ClaimDesk as an ordinary user.");
            }
            log.info("Created the system account '{}' for the embedded PostgreSQL.", name);
        }
        log.info("Running as root: the embedded PostgreSQL runs as the unprivileged account '{}'.", name);
        return new PostgresAccount(name, true);
    }

    String name() {
        return name;
    }

    /** The command, run under this account. */
    List<String> command(List<String> command) {
        if (!dropsPrivileges) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups",
                "--reset-env", "--"));
        out.addAll(command);
        return out;
    }

    /**
     * Makes {@code dir} (created if needed) belong to this account, and lets it reach {@code dir}
     * through its parents: a parent that others may not enter (a root home directory is 0700)
     * gets search permission only, which lists nothing.
     */
    void own(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir);
        }
        if (!dropsPrivileges) {
            return;
        }
        if (run(List.of("chown", "-R", name + ":", dir.toString())) != 0) {
            throw new IOException("Could not give " + dir + " to the account '" + name + "'.");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
                log.warn("Gave others search permission (o+x, no listing) on {} so that '{}' can reach the data directory.",
                        p, name);
            }
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
