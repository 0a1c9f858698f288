package org.claimdesk;

import java.util.Arrays;
import java.util.Map;
import org.claimdesk.dataset.ExportCommand;
import org.claimdesk.suggestion.SuggestCommand;
import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.SpringProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import com.vaadin.flow.spring.annotation.EnableVaadin;

@SpringBootApplication
// Vaadin reads every class of the packages it scans at each start: the ui packages hold its 101
// (views, error pages, the page shell), the whole application 765 with Spring's AOT classes.
@EnableVaadin({"org.claimdesk.admin.ui", "org.claimdesk.annotation.ui", "org.claimdesk.base.ui",
        "org.claimdesk.dataset.ui", "org.claimdesk.document.ui", "org.claimdesk.project.ui",
        "org.claimdesk.review.ui", "org.claimdesk.security.ui", "org.claimdesk.suggestion.ui"})
public class ClaimDeskApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("export") || args[0].equals("suggest"))) {
            System.exit(command(args));
        }
        SpringApplication.run(ClaimDeskApplication.class, args);
    }

    /** {@code java -jar claimdesk.jar export|suggest ...}: runs one command; returns the exit code. */
    static int command(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (args[0].equals("suggest")) {
            return withoutServer(rest, SuggestCommand.USAGE,
                    (context, options) -> context.getBean(SuggestCommand.class).run(options, System.out, System.err));
        }
        return withoutServer(rest, ExportCommand.USAGE,
                (context, options) -> context.getBean(ExportCommand.class).run(options, System.out, System.err));
    }

    /** The application without its web server, for one command. */
    private static int withoutServer(String[] args, String usage,
                             java.util.function.ToIntBiFunction<org.springframework.context.ApplicationContext, Map<String, String>> command) {
        var options = ExportCommand.parse(args);
        if (options.containsKey("help") || options.isEmpty()) {
            System.out.println(usage);
            return options.containsKey("help") ? 0 : 2;
        }
        // the AOT-processed bean definitions are those of the web server (README's fast start)
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
        SpringApplication app = new SpringApplication(ClaimDeskApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "warn", "spring.main.banner-mode", "off",
                // Vaadin's auto-configuration expects a web application context
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        // Spring reads its own --key=value arguments too (e.g. --claimdesk.data-dir=...)
        try (var context = app.run(args)) {
            return command.applyAsInt(context, options);
        }
    }
}
