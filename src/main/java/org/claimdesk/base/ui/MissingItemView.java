package org.claimdesk.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.base.NotFoundException;

/** A page whose item does not exist, or is not the caller's to see, when its view did not say so itself. */
@ParentLayout(MainLayout.class)
@PermitAll
public class MissingItemView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        NotFoundView.show(this, event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
