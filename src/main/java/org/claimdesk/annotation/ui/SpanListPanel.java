package org.claimdesk.annotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.project.LabelDefinition;

/**
 * The layer's spans grouped by label (in schema order, then by position), filterable by label.
 * The grid renders lazily, so thousands of spans cost nothing until scrolled to.
 */
class SpanListPanel extends VerticalLayout {
    private static final String ALL = "All labels";
    private final Grid<SpanDto> grid = new Grid<>();
    private final Select<String> filter = new Select<>();
    private final List<LabelDefinition> labels;
    private List<SpanDto> spans = List.of();

    SpanListPanel(List<LabelDefinition> labels, Consumer<SpanDto> onPick) {
        this.labels = labels;
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        filter.setLabel("Spans");
        filter.setWidthFull();
        filter.addValueChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::labelBadge).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SpanDto::text).setHeader("Text").setFlexGrow(1);
        grid.addItemClickListener(e -> onPick.accept(e.getItem()));
        grid.setSizeFull();
        add(filter, grid);
        setFlexGrow(1, grid);
    }

    void setSpans(List<SpanDto> all) {
        Map<String, Integer> order = labels.stream()
                .collect(Collectors.toMap(LabelDefinition::name, labels::indexOf));
        this.spans = all.stream()
                .sorted(Comparator.comparing((SpanDto s) -> order.getOrDefault(s.label(), 99))
                        .thenComparingInt(SpanDto::start))
                .toList();
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(SpanDto::label, Collectors.counting()));
        String current = filter.getValue();
        List<String> items = new java.util.ArrayList<>();
        items.add(ALL + " (" + all.size() + ")");
        labels.forEach(l -> items.add(l.name() + " (" + counts.getOrDefault(l.name(), 0L) + ")"));
        filter.setItems(items);
        filter.setValue(items.stream().filter(i -> current != null && name(i).equals(name(current)))
                .findFirst().orElse(items.getFirst()));
        refresh();
    }

    void select(SpanDto span) {
        grid.select(span);
    }

    private void refresh() {
        String value = filter.getValue();
        String label = value == null ? ALL : name(value);
        grid.setItems(ALL.equals(label) ? spans : spans.stream().filter(s -> s.label().equals(label)).toList());
    }

    private static String name(String item) {
        int paren = item.lastIndexOf(" (");
        return paren < 0 ? item : item.substring(0, paren);
    }

    private Span labelBadge(SpanDto s) {
        Span badge = new Span(s.label());
        badge.addClassName("cd-badge");
        labels.stream().filter(l -> l.name().equals(s.label())).findFirst()
                .ifPresent(l -> badge.getStyle().set("--cd-label-color", l.color()));
        return badge;
    }
}
