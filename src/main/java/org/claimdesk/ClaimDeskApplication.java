package org.claimdesk;

import java.util.Arrays;
import java.util.Map;
import org.claimdesk.dataset.ExportCommand;
import org.claimdesk.suggestion.SuggestCommand;
import org.springframework.boot.WebApplicationType;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Push
public class ClaimDeskApplication implements AppShellConfigurator {

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

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ClaimDesk");
    }
}
