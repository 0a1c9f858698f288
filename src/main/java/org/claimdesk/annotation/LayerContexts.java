package org.claimdesk.annotation;

import java.util.List;
import org.claimdesk.base.ConflictException;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.springframework.stereotype.Component;

/** The access and schema preamble of every write, in one place: opens a layer for writing. */
@Component
class LayerContexts {
    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final UserService users;
    private final LayerStates states;

    LayerContexts(DocumentService documents, ProjectService projects, CurrentUser currentUser, UserService users,
                  LayerStates states) {
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.users = users;
        this.states = states;
    }

    /** The caller's own layer (ANNOTATORs and up), refused while the caller has marked it finished. */
    LayerContext own(long documentId) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.ANNOTATOR);
        UserSummary me = currentUser.require();
        if (states.isFinished(documentId, me.id())) {
            throw new ConflictException("You marked this document finished; reopen it to change your annotations.");
        }
        return new LayerContext(doc.project(), documentId, me, me.id(), projects.schemaUnchecked(doc.project().id()),
                doc.text(), false);
    }

    /** The gold layer, written by a CURATOR or OWNER. */
    LayerContext gold(long documentId) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.CURATOR);
        return new LayerContext(doc.project(), documentId, users.goldLayer(), currentUser.id(),
                projects.schemaUnchecked(doc.project().id()), doc.text(), true);
    }

    /** Any member's layer (or gold), for an import by a CURATOR; finished layers included, on purpose. */
    LayerContext forImport(long documentId, long layerId) {
        DocumentService.TextAccess doc = documents.textWithRole(documentId, ProjectRole.CURATOR);
        UserSummary layer = users.byIds(List.of(layerId)).get(layerId);
        UserSummary gold = users.goldLayer();
        return new LayerContext(doc.project(), documentId, layer, currentUser.id(),
                projects.schemaUnchecked(doc.project().id()), doc.text(), layer.id() == gold.id());
    }
}
