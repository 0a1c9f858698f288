package org.claimdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.DatabaseHealth;
import org.jspecify.annotations.Nullable;

/** The application shell: brand, navigation, colour scheme toggle and the signed-in user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {
    private final DatabaseHealth health;
    private final Div connectionLost = new Div();
    private @Nullable Runnable stopWatching;

    public MainLayout(AuthenticationContext auth, DatabaseHealth health) {
        this.health = health;
        connectionLost.addClassName("cd-connection-lost");
        connectionLost.getElement().setAttribute("role", "alert");
        connectionLost.setText("Connection to the database lost. Changes cannot be saved until it is back;"
                + " ClaimDesk reconnects by itself.");
        connectionLost.setVisible(!health.reachable());
        Span brand = new Span("ClaimDesk");
        brand.addClassName("cd-brand");

        Button scheme = new Button(VaadinIcon.ADJUST.create(), e -> toggleColorScheme());
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel("Toggle light and dark mode");
        scheme.setTooltipText("Light / dark mode (Alt+Shift+D)");
        scheme.addClickShortcut(Key.KEY_D, KeyModifier.ALT, KeyModifier.SHIFT);

        String name = auth.getPrincipalName().orElse("");
        Span user = new Span(name);
        user.addClassName("cd-user");
        Button logout = new Button("Log out", e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(brand, connectionLost, scheme, user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.addClassName("cd-navbar");
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Projects", "", VaadinIcon.FOLDER_OPEN.create()));
        nav.addItem(new SideNavItem("API tokens", "tokens", VaadinIcon.KEY.create()));
        if (auth.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Users & members", "admin", VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
        // Restore the scheme this browser chose last time.
        getElement().executeJs("return localStorage.getItem('claimdesk-scheme') || ''").then(String.class, saved -> {
            if ("dark".equals(saved) || "light".equals(saved)) {
                getUI().ifPresent(ui -> ui.getPage().setColorScheme(
                        "dark".equals(saved) ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        connectionLost.setVisible(!health.reachable());
        stopWatching = health.watch(up -> ui.access(() -> {
            connectionLost.setVisible(!up);
            if (up) {
                Notifications.info("Connection to the database restored.");
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopWatching != null) {
            stopWatching.run();
            stopWatching = null;
        }
        super.onDetach(event);
    }

    private void toggleColorScheme() {
        getUI().ifPresent(ui -> {
            boolean dark = ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
            ui.getPage().setColorScheme(dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
            getElement().executeJs("localStorage.setItem('claimdesk-scheme', $0)", dark ? "light" : "dark");
        });
    }
}
