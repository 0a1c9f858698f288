package org.claimdesk.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Links;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.project.SchemaTemplate;

/** The projects the signed-in user is a member of, and creating a new one. */
@Route("")
@PageTitle("Projects · ClaimDesk")
@PermitAll
public class ProjectsView extends VerticalLayout {
    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Select<SchemaTemplate> template = new Select<>();

    public ProjectsView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        grid.addComponentColumn(p -> Links.to("projects/" + p.id(), p.name())).setHeader("Project").setFlexGrow(1);
        grid.addColumn(p -> p.role().name()).setHeader("Your role").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        grid.setEmptyStateText("You are not a member of any project yet. Create one, or ask an owner to add you.");

        TextField name = new TextField();
        name.setPlaceholder("New project name");
        name.setMaxLength(200);
        name.setAriaLabel("New project name");
        template.setAriaLabel("Schema to start from");
        template.setItems(SchemaTemplate.values());
        template.setItemLabelGenerator(SchemaTemplate::title);
        template.setValue(SchemaTemplate.FACT_CHECK);
        template.setWidth("22em");
        Button create = new Button("Create project", VaadinIcon.PLUS.create(), e -> create(name));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.addKeyPressListener(Key.ENTER, e -> create(name));
        HorizontalLayout bar = new HorizontalLayout(new H2("Projects"), name, template, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(bar.getComponentAt(0));
        bar.setWidthFull();
        Span hint = new Span("Open a project to see its documents.");
        hint.addClassName("cd-muted");
        add(bar, hint, grid);
        refresh();
    }

    private void create(TextField name) {
        try {
            SchemaTemplate chosen = template.getValue() == null ? SchemaTemplate.FACT_CHECK : template.getValue();
            ProjectSummary p = projects.create(name.getValue(), chosen);
            name.clear();
            Notifications.info("Project '" + p.name() + "' created with the schema " + chosen.title()
                    + "; its owners can change it on the project's schema page.");
            refresh();
        } catch (InvalidInputException | ConflictException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
        }
    }

    private void open(ProjectSummary p) {
        getUI().ifPresent(ui -> ui.navigate("projects/" + p.id()));
    }

    private void refresh() {
        grid.setItems(projects.myProjects());
    }
}
