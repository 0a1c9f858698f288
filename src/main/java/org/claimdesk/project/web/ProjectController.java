package org.claimdesk.project.web;

import org.springframework.web.bind.annotation.PutMapping;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.base.TextRules;
import org.claimdesk.project.SchemaDocument;
import org.claimdesk.project.SchemaService;
import org.claimdesk.project.SchemaTemplate;
import java.util.Locale;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.project.MemberSummary;
import org.claimdesk.project.ProjectMembers;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.project.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectController {
    private final ProjectService projects;
    private final ProjectMembers members;

    private final SchemaService schemas;

    ProjectController(ProjectService projects, ProjectMembers members, SchemaService schemas) {
        this.projects = projects;
        this.members = members;
        this.schemas = schemas;
    }

    /** Labels, relation types, events, guidelines and the version a PUT must name. */
    @GetMapping("/{projectId}/schema")
    SchemaDocument schema(@PathVariable long projectId) {
        return schemas.document(projectId);
    }

    /** Replaces the schema as a whole (OWNER); a stale version gets 409, a label in use 409 unless merged. */
    @PutMapping(value = "/{projectId}/schema", params = "!from")
    SchemaDocument replaceSchema(@PathVariable long projectId, @RequestBody SchemaDocument body) {
        return schemas.replace(projectId, body);
    }

    /** The schema from another tool's file, the body: {@code ?from=brat} (annotation.conf) or {@code labelstudio}. */
    @PutMapping(value = "/{projectId}/schema", params = "from")
    SchemaDocument importSchema(@PathVariable long projectId, @RequestParam String from,
                                @RequestParam(required = false) @Nullable Long version, @RequestBody String file) {
        return schemas.importFile(projectId, from, file, version);
    }

    @GetMapping
    List<ProjectJson> list() {
        return projects.myProjects().stream().map(ProjectJson::of).toList();
    }

    @PostMapping
    ResponseEntity<ProjectJson> create(@RequestBody NewProject body) {
        SchemaTemplate template = body.template() == null ? SchemaTemplate.FACT_CHECK
                : SchemaTemplate.byId(body.template()).orElseThrow(() -> new InvalidInputException("template",
                "Template must be one of " + Arrays.stream(SchemaTemplate.values()).map(SchemaTemplate::id).toList()
                        + "; got " + TextRules.quote(body.template()) + "."));
        ProjectSummary p = projects.create(body.name(), template);
        return ResponseEntity.created(URI.create("/api/projects/" + p.id())).body(ProjectJson.of(p));
    }

    @PostMapping("/{projectId}/members")
    ResponseEntity<MemberSummary> addMember(@PathVariable long projectId, @RequestBody NewMember body) {
        MemberSummary m = projects.setMember(projectId, body.username(), parseRole(body.role()));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/members/" + m.userId())).body(m);
    }

    /** Changes a member's role (OWNER); a project's last owner keeps the role (409). */
    @PatchMapping("/{projectId}/members/{username}")
    MemberSummary changeRole(@PathVariable long projectId, @PathVariable String username, @RequestBody NewMember body) {
        return members.changeRole(projectId, username, parseRole(body.role()));
    }

    /** Removes a member (OWNER); their layer stays, read-only, for curators. */
    @DeleteMapping("/{projectId}/members/{username}")
    ResponseEntity<Void> removeMember(@PathVariable long projectId, @PathVariable String username) {
        members.remove(projectId, username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{projectId}/rating-scale")
    List<String> ratingScale(@PathVariable long projectId) {
        return projects.ratingScale(projectId);
    }

    /** Replaces the rating scale (OWNER): a JSON array of verdicts in order. */
    @PutMapping("/{projectId}/rating-scale")
    List<String> setRatingScale(@PathVariable long projectId, @RequestBody List<String> scale) {
        return projects.setRatingScale(projectId, scale);
    }

    @GetMapping("/{projectId}/members")
    List<MemberSummary> members(@PathVariable long projectId) {
        return projects.members(projectId);
    }

    private static ProjectRole parseRole(@Nullable String role) {
        try {
            return ProjectRole.valueOf(String.valueOf(role).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Role must be one of OWNER, CURATOR, ANNOTATOR, VIEWER; got '" + role + "'.");
        }
    }

    record NewProject(@Nullable String name, @Nullable String template) {
    }

    record NewMember(@Nullable String username, @Nullable String role) {
    }

    record ProjectJson(long id, String name, ProjectRole role) {
        static ProjectJson of(ProjectSummary p) {
            return new ProjectJson(p.id(), p.name(), p.role());
        }
    }
}
