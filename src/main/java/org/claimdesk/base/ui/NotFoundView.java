package org.claimdesk.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.base.TextRules;

/**
 * An address that leads nowhere (an unknown page, {@code /documents/abc}): a "not found" page in
 * the app's layout with the way back, instead of Vaadin's page that lists the routes.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this, event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The one way a page says "not found"; the address is shown as text, never as markup. */
    static void show(VerticalLayout page, String path) {
        page.removeAll();
        page.add(new H2("Page not found"),
                new Paragraph("There is nothing at " + TextRules.quote("/" + path)
                        + ", or it is in a project you are not a member of."),
                Links.to("", "Back to projects"));
    }
}
