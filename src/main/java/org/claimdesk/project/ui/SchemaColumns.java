package org.claimdesk.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** The editable columns of the schema page's two grids; read-only for members who are not owners. */
final class SchemaColumns {
    private static final List<String> SPAN_ROLES = List.of("", "claim", "attribution", "source", "cue", "denial");
    private static final List<String> RELATION_ROLES = List.of("", "attributed-to", "denies");

    private SchemaColumns() {
    }

    static void labels(Grid<SchemaRows.LabelRow> grid, boolean edit, Consumer<SchemaRows.LabelRow> delete,
                       ToLongFunction<Long> uses) {
        grid.removeAllColumns();
        grid.addComponentColumn(r -> color(r, edit)).setHeader("Colour").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> text(r.name, edit, v -> r.name = v, "Name")).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(r -> text(r.shortcut, edit, v -> r.shortcut = v, "Key")).setHeader("Key")
                .setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(r -> text(r.description, edit, v -> r.description = v, "Description"))
                .setHeader("Description (shown on hover)").setFlexGrow(2);
        grid.addComponentColumn(r -> role(r.role, SPAN_ROLES, edit, v -> r.role = v)).setHeader("Fact-check role")
                .setAutoWidth(true);
        grid.addColumn(r -> r.id == null ? "new" : String.valueOf(uses.applyAsLong(r.id))).setHeader("Used")
                .setAutoWidth(true).setFlexGrow(0);
        if (edit) {
            grid.addComponentColumn(r -> remove("Delete " + r.name, () -> delete.accept(r))).setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    static void relations(Grid<SchemaRows.RelationRow> grid, boolean edit, Consumer<SchemaRows.RelationRow> delete) {
        grid.removeAllColumns();
        grid.addComponentColumn(r -> text(r.name, edit, v -> r.name = v, "Name")).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(r -> text(r.from, edit, v -> r.from = v, "From (empty: any)"))
                .setHeader("From labels").setFlexGrow(1);
        grid.addComponentColumn(r -> text(r.to, edit, v -> r.to = v, "To (empty: any)")).setHeader("To labels")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> role(r.role, RELATION_ROLES, edit, v -> r.role = v)).setHeader("Fact-check role")
                .setAutoWidth(true);
        if (edit) {
            grid.addComponentColumn(r -> remove("Delete " + r.name, () -> delete.accept(r))).setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private static Component color(SchemaRows.LabelRow r, boolean edit) {
        Input picker = new Input();
        picker.setType("color");
        picker.setValue(r.color);
        picker.setEnabled(edit);
        picker.getElement().setAttribute("aria-label", "Colour of " + r.name);
        picker.addValueChangeListener(e -> r.color = e.getValue());
        return picker;
    }

    private static Component text(String value, boolean edit, Consumer<String> set, String label) {
        if (!edit) {
            return new Span(value);
        }
        TextField field = new TextField();
        field.setValue(value);
        field.setWidthFull();
        field.setAriaLabel(label);
        field.setPlaceholder(label);
        field.addValueChangeListener(e -> set.accept(e.getValue()));
        return field;
    }

    private static Component role(String value, List<String> roles, boolean edit, Consumer<String> set) {
        Select<String> select = new Select<>();
        select.setItems(roles);
        select.setItemLabelGenerator(s -> s.isEmpty() ? "none" : s);
        select.setValue(roles.contains(value) ? value : "");
        select.setReadOnly(!edit);
        select.setAriaLabel("Fact-check role");
        select.addValueChangeListener(e -> set.accept(e.getValue() == null ? "" : e.getValue()));
        return select;
    }

    private static Component remove(String label, Runnable action) {
        Button b = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY);
        b.setAriaLabel(label);
        return b;
    }
}
