package org.claimdesk.project;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.claimdesk.base.ui.Links;

/**
 * Opening a page under /projects/:projectId: the project if the caller may see the page, else a
 * plain "not available" message in the page instead (non-members learn nothing more).
 */
public final class ProjectPage {
    private ProjectPage() {
    }

    public static Optional<ProjectSummary> open(BeforeEnterEvent event, ProjectService projects, HasComponents page,
                                                ProjectRole minimum, String what) {
        Optional<Long> id;
        try {
            id = event.getRouteParameters().getLong("projectId");
        } catch (IllegalArgumentException e) {
            id = Optional.empty(); // /projects/abc/...: not a number, so no project
        }
        ProjectSummary project = id.map(projects::myProjectOrNull).orElse(null);
        String problem = project == null ? "Project not found, or you are not a member."
                : project.role().atLeast(minimum) ? null
                : what + " is for members with the role " + minimum + " or above; yours is " + project.role() + ".";
        if (problem != null) {
            page.add(new H2(what + " is not available"), new Paragraph(problem), Links.to("", "Back to projects"));
            return Optional.empty();
        }
        return Optional.of(project);
    }
}
