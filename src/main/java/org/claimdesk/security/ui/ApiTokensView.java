package org.claimdesk.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.security.ApiToken;
import org.claimdesk.security.ApiTokenService;

/**
 * The signed-in user's personal API tokens: create one (its secret shown once, to copy), see when
 * each was last used, revoke.
 */
@Route("tokens")
@PageTitle("API tokens · ClaimDesk")
@PermitAll
public class ApiTokensView extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        Button create = new Button("New token", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                return new Paragraph("revoked " + WHEN.format(t.revokedAt()));
            }
            Button revoke = new Button("Revoke", e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Paragraph help = new Paragraph("Scripts use a token instead of your password: send the header "
                + "\"Authorization: Bearer <token>\" to the REST API. A token acts with your roles; revoke it when it "
                + "is no longer needed or may have leaked.");
        help.addClassName("cd-muted");
        add(new H2("API tokens"), help, create, grid);
        refresh();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New API token");
        TextField name = new TextField("Name (what uses it)");
        name.setWidthFull();
        Button make = new Button("Create", e -> {
            try {
                ApiTokenService.Created created = tokens.create(name.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                TextField secret = new TextField("Your token: copy it now, it is not shown again");
                secret.setValue(created.secret());
                secret.setReadOnly(true);
                secret.setWidth("36em");
                Button copy = new Button("Copy", VaadinIcon.COPY.create(), c -> {
                    secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.secret());
                    Notifications.info("Copied.");
                });
                dialog.add(secret);
                dialog.getFooter().add(copy, new Button("Done", d -> dialog.close()));
                refresh();
            } catch (InvalidInputException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickShortcut(Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), make);
        dialog.open();
        name.focus();
    }

    private void confirmRevoke(ApiToken t) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Revoke \u201c" + t.name() + "\u201d?");
        confirm.add(new Paragraph("Scripts using it will get 401 from now on. This cannot be undone."));
        Button revoke = new Button("Revoke", e -> {
            tokens.revoke(t.id());
            confirm.close();
            Notifications.info("Token revoked.");
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), revoke);
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
