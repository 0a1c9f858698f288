package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.claimdesk.support.AnotherApplication;
import org.claimdesk.support.FreshDataDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar claimdesk.jar export ...} starts the application without a web server (no
 * Tomcat, no Vaadin) on its database and answers a bad request with a message and exit code 2.
 */
class ExportCommandLineIT {
    @Test
    void the_export_command_starts_without_the_web_server_and_explains_a_bad_project() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = ClaimDeskApplication.command(AnotherApplication.ownDatabase("export", "--project=Nowhere",
                    "--format=jsonl", "--out=target/it-data/cli-out", "--as=admin",
                    "--claimdesk.data-dir=" + FreshDataDirectory.newDirectory()));
        } finally {
            System.setErr(err);
        }
        String message = captured.toString(StandardCharsets.UTF_8);
        assertThat(code).as(message).isEqualTo(2);
        assertThat(message).contains("export: No user 'admin'").contains("Usage:");
    }
}
