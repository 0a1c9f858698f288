package org.claimdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links between features by route path rather than view class, so that a feature does not
 * depend on another feature's UI.
 */
public final class Links {
    private Links() {
    }

    public static Anchor to(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
