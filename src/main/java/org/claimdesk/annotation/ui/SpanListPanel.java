package org.claimdesk.annotation.ui;

import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.project.LabelDefinition;

/**
 * The layer's spans grouped by label (in schema order, then by position), filterable by label.
 * The grid pages its rows to the browser, and a change only refreshes the rows in view, so
 * thousands of spans cost little per edit.
 */
class SpanListPanel extends VerticalLayout {
    private static final String ALL = "All labels";
    private final Grid<SpanDto> grid = new Grid<>();
    private final Select<String> filter = new Select<>();
    private final Span counts = new Span();
    private final List<SpanDto> items = new ArrayList<>();
    private final GridListDataView<SpanDto> view;
    private final Comparator<SpanDto> order;
    private final List<LabelDefinition> labels;

    SpanListPanel(List<LabelDefinition> labels, Consumer<SpanDto> onPick) {
        this.labels = labels;
        Map<String, Integer> rank = labels.stream().collect(Collectors.toMap(LabelDefinition::name, labels::indexOf));
        Map<String, String> colors = labels.stream().collect(Collectors.toMap(LabelDefinition::name, LabelDefinition::color));
        this.order = Comparator.comparing((SpanDto s) -> rank.getOrDefault(s.label(), Integer.MAX_VALUE))
                .thenComparingInt(SpanDto::start).thenComparingLong(SpanDto::id);
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        List<String> choices = new ArrayList<>();
        choices.add(ALL);
        labels.forEach(l -> choices.add(l.name()));
        filter.setLabel("Spans");
        filter.setItems(choices);
        filter.setValue(ALL);
        filter.setWidthFull();
        counts.addClassName("cd-muted");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<SpanDto>of(
                        "<span class='cd-badge' style='--cd-label-color: ${item.color}'>${item.label}</span>")
                        .withProperty("label", SpanDto::label)
                        .withProperty("color", s -> colors.getOrDefault(s.label(), "#888888")))
                .setHeader("Label").setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(SpanDto::text).setHeader("Text").setFlexGrow(1);
        grid.addItemClickListener(e -> onPick.accept(e.getItem()));
        grid.setSizeFull();
        view = grid.setItems(items);
        filter.addValueChangeListener(e -> view.setFilter(matching(e.getValue())));
        add(filter, counts, grid);
        setFlexGrow(1, grid);
    }

    void setSpans(List<SpanDto> all) {
        items.clear();
        items.addAll(all);
        items.sort(order);
        view.refreshAll();
        Map<String, Long> byLabel = all.stream().collect(Collectors.groupingBy(SpanDto::label, Collectors.counting()));
        counts.setText(all.size() + " spans: " + labels.stream()
                .map(l -> l.name() + " " + byLabel.getOrDefault(l.name(), 0L))
                .collect(Collectors.joining(" · ")));
    }

    void select(SpanDto span) {
        grid.select(span);
    }

    private static SerializablePredicate<SpanDto> matching(String label) {
        return label == null || ALL.equals(label) ? s -> true : s -> s.label().equals(label);
    }
}
