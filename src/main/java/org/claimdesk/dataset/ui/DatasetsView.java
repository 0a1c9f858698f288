package org.claimdesk.dataset.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.base.ui.Links;
import org.claimdesk.dataset.DatasetExporter;
import org.claimdesk.dataset.DatasetImporter;
import org.claimdesk.dataset.ExportRequest;
import org.claimdesk.dataset.FormatRegistry;
import org.claimdesk.dataset.FormatSupport;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectPage;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.claimdesk.security.CurrentUser;

/**
 * A project's datasets: export (annotators their own layer; curators gold, all or anyone's) and,
 * for curators, import of documents and annotations.
 */
@Route("projects/:projectId/datasets")
@PermitAll
public class DatasetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProjectService projects;
    private final DatasetExporter exporter;
    private final DatasetImporter importer;
    private final FormatRegistry formats;
    private final CurrentUser currentUser;
    private String title = "Datasets";

    public DatasetsView(ProjectService projects, DatasetExporter exporter, DatasetImporter importer,
                        FormatRegistry formats, CurrentUser currentUser) {
        this.projects = projects;
        this.exporter = exporter;
        this.importer = importer;
        this.formats = formats;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectSummary project = ProjectPage.open(event, projects, this, ProjectRole.ANNOTATOR, "Datasets").orElse(null);
        if (project == null) {
            return;
        }
        title = "Datasets · " + project.name();
        String me = currentUser.require().username();
        boolean curator = project.role().atLeast(ProjectRole.CURATOR);
        List<String> exportLayers = new ArrayList<>();
        List<String> importLayers = new ArrayList<>(List.of(me));
        if (curator) {
            exportLayers.addAll(List.of(ExportRequest.GOLD, ExportRequest.ALL));
            importLayers.add(ExportRequest.GOLD);
        }
        exportLayers.add(me);
        if (curator) {
            for (MemberSummary m : projects.members(project.id())) {
                if (!m.username().equals(me)) {
                    exportLayers.add(m.username());
                    importLayers.add(m.username());
                }
            }
        }
        List<String> labels = projects.schema(project.id()).spanLabels().stream().map(LabelDefinition::name).toList();
        add(Links.to("projects/" + project.id(), "← " + project.name()), new H2("Datasets: " + project.name()),
                new ExportPanel(exporter, project.id(), formats.all().stream().filter(FormatSupport::canWrite).toList(),
                        exportLayers, labels));
        if (curator) {
            add(new ImportPanel(importer, project.id(), formats.all().stream().filter(FormatSupport::canRead).toList(),
                    importLayers, project.role() == ProjectRole.OWNER,
                    projects.schema(project.id()).labels().stream().map(LabelDefinition::name).toList()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · ClaimDesk";
    }
}
