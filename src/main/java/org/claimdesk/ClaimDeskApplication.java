package org.claimdesk;

import java.util.Arrays;
import java.util.Map;
import org.claimdesk.dataset.ExportCommand;
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
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(exportWithoutServer(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ClaimDeskApplication.class, args);
    }

    /** {@code java -jar claimdesk.jar export ...}: the application without its web server, for one export. */
    static int exportWithoutServer(String[] args) {
        var options = ExportCommand.parse(args);
        if (options.containsKey("help") || options.isEmpty()) {
            System.out.println(ExportCommand.USAGE);
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
            return context.getBean(ExportCommand.class).run(options, System.out, System.err);
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ClaimDesk");
    }
}
