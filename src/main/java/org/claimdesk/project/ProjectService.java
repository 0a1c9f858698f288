package org.claimdesk.project;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects, membership and the label schema, with the role checks around them. */
@Service
public class ProjectService {
    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final LabelRepository labels;
    private final ProjectAccess access;
    private final ProjectMembers projectMembers;
    private final CurrentUser currentUser;
    private final UserService users;
    private final SchemaRows schemaRows;

    ProjectService(ProjectRepository projects, ProjectMemberRepository members, LabelRepository labels,
                   ProjectAccess access, CurrentUser currentUser, UserService users, ProjectMembers projectMembers,
                   SchemaRows schemaRows) {
        this.schemaRows = schemaRows;
        this.projectMembers = projectMembers;
        this.projects = projects;
        this.members = members;
        this.labels = labels;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> myProjects() {
        long userId = currentUser.id();
        Map<Long, ProjectRole> roles = members.findByUserId(userId).stream()
                .collect(Collectors.toMap(ProjectMember::getProjectId, ProjectMember::getRole));
        return projects.findForMember(userId).stream()
                .map(p -> p.summary(roles.get(p.getId())))
                .toList();
    }

    /** Every project, for administrators managing membership. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> allProjectsForAdmin() {
        if (!currentUser.isAdmin()) {
            throw new ForbiddenException("Only administrators can list all projects.");
        }
        return projects.findAll().stream()
                .sorted(Comparator.comparing(p -> p.getName().toLowerCase()))
                .map(p -> p.summary(ProjectRole.VIEWER))
                .toList();
    }

    /** The project as the caller sees it, or null when they are not a member. */
    @Transactional(readOnly = true)
    public @Nullable ProjectSummary myProjectOrNull(long projectId) {
        try {
            return access.require(projectId, ProjectRole.VIEWER);
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    public ProjectSummary get(long projectId) {
        return access.require(projectId, ProjectRole.VIEWER);
    }

    /** Creates a project with the default fact-check schema; the caller becomes its OWNER. */
    @Transactional
    public ProjectSummary create(String name) {
        return createFor(name, currentUser.id(), SchemaTemplate.FACT_CHECK);
    }

    /** Creates a project with a template's schema; the caller becomes its OWNER. */
    @Transactional
    public ProjectSummary create(String name, SchemaTemplate template) {
        return createFor(name, currentUser.id(), template);
    }

    /** For start-up tasks that run with nobody signed in: find or create a project owned by a user. */
    @Transactional
    public long ensureProjectOwnedBy(String name, long ownerId) {
        return projects.findByNameIgnoreCase(name).map(Project::getId)
                .orElseGet(() -> createFor(name, ownerId, SchemaTemplate.FACT_CHECK).id());
    }

    private ProjectSummary createFor(String rawName, long ownerId, SchemaTemplate template) {
        String name = TextRules.name("project name", rawName, 200);
        // names that differ only in case or in invisible characters would be taken for each other
        projects.findByComparableName(TextRules.comparable(name), TextRules.INVISIBLE).ifPresent(p -> {
            throw new ConflictException("A project named " + TextRules.quote(p.getName())
                    + " already exists (names are compared ignoring case and invisible characters).");
        });
        Project project = projects.save(new Project(name));
        members.save(new ProjectMember(project.getId(), ownerId, ProjectRole.OWNER));
        List<LabelDefinition> defaults = template.schema().labels();
        List<Label> rows = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            rows.add(new Label(project.getId(), defaults.get(i), i));
        }
        labels.saveAll(rows);
        return project.summary(ProjectRole.OWNER);
    }

    /** Adds a member or changes their role. Project OWNERs and administrators may do this. */
    public MemberSummary setMember(long projectId, String username, ProjectRole role) {
        return projectMembers.set(projectId, username, role);
    }

    public List<MemberSummary> members(long projectId) {
        return projectMembers.list(projectId);
    }

    @Transactional(readOnly = true)
    public LabelSchema schema(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return schemaUnchecked(projectId);
    }

    /** The schema without a role check, for services that have checked access already. */
    @Transactional(readOnly = true)
    public LabelSchema schemaUnchecked(long projectId) {
        return schemaRows.of(projectId);
    }

    /** The verdicts a claim may get in this project, in order (default: true ... unverifiable). */
    @Transactional(readOnly = true)
    public List<String> ratingScale(long projectId) {
        access.require(projectId, ProjectRole.VIEWER);
        return projects.findById(projectId).orElseThrow().ratingScale();
    }

    /**
     * Replaces the project's rating scale (OWNERs). Verdicts given on a value that is dropped keep
     * it: they are history, and the claims view still shows them.
     */
    @Transactional
    public List<String> setRatingScale(long projectId, @Nullable List<String> scale) {
        access.require(projectId, ProjectRole.OWNER);
        List<String> clean = RatingScale.validate(scale);
        projects.findById(projectId).orElseThrow().setRatingScale(clean);
        return clean;
    }

    /**
     * For the command line, before anyone is signed in: the username of the first owner of the
     * project with this name (or id), to act as.
     */
    @Transactional(readOnly = true)
    public Optional<String> firstOwnerOf(String projectRef) {
        Optional<Project> project = projects.findByNameIgnoreCase(projectRef);
        if (project.isEmpty() && projectRef.matches("\\d{1,18}")) {
            project = projects.findById(Long.parseLong(projectRef));
        }
        return project.flatMap(p -> members.findByProjectId(p.getId()).stream()
                .filter(m -> m.getRole() == ProjectRole.OWNER)
                .min(Comparator.comparingLong(ProjectMember::getUserId))
                .map(m -> users.byIds(List.of(m.getUserId())).get(m.getUserId()).username()));
    }

    private static final List<String> NEW_LABEL_COLORS = List.of("#7b61ff", "#00897b", "#f4511e", "#6d4c41",
            "#c0ca33", "#5e35b1", "#039be5", "#e53935");

    /**
     * Adds span labels and relation types (relation types link any labels) that the schema lacks,
     * e.g. for an import that brings its own. OWNERs decide the schema. Returns the names added.
     */
    @Transactional
    public List<String> addLabels(long projectId, Collection<String> spanLabels,
                                  Collection<String> relationTypes, Collection<String> eventRoles) {
        access.require(projectId, ProjectRole.OWNER);
        LabelSchema schema = schemaUnchecked(projectId);
        int order = schema.labels().size();
        List<String> added = new ArrayList<>();
        for (String name : new TreeSet<>(spanLabels)) {
            if (schema.span(name).isEmpty()) {
                checkLabelName(name);
                labels.save(new Label(projectId, LabelDefinition.span(name,
                        NEW_LABEL_COLORS.get(added.size() % NEW_LABEL_COLORS.size()), null), order++));
                added.add(name);
            }
        }
        // span labels and links have namespaces of their own; relation types and roles share one
        Set<String> links = new HashSet<>();
        for (String name : new TreeSet<>(relationTypes)) {
            if (schema.relation(name).isEmpty() && links.add(name)) {
                checkLabelName(name);
                labels.save(new Label(projectId, LabelDefinition.link(name, LabelKind.RELATION, "#757575"), order++));
                added.add(name);
            }
        }
        for (String name : new TreeSet<>(eventRoles)) {
            if (schema.relation(name).isEmpty() && links.add(name)) {
                checkLabelName(name);
                labels.save(new Label(projectId, LabelDefinition.link(name, LabelKind.ROLE, "#495057"), order++));
                added.add(name);
            }
        }
        return added;
    }

    private static void checkLabelName(String name) {
        if (!name.matches("[\\p{L}\\p{N}_.:-][\\p{L}\\p{N}_.: -]{0,63}")) {
            throw new InvalidInputException("labels", TextRules.quote(name) + " cannot be a label: use 1 to 64 letters, digits, spaces, _ . : or -.");
        }
    }

    /** Blind annotation: annotators stop seeing each other's layers. OWNERs decide. */
    @Transactional
    public void setBlind(long projectId, boolean blind) {
        access.require(projectId, ProjectRole.OWNER);
        projects.findById(projectId).orElseThrow().setBlind(blind);
    }

    @Transactional
    public void setSnapToWords(long projectId, boolean snap) {
        access.require(projectId, ProjectRole.OWNER);
        Project p = projects.findById(projectId).orElseThrow();
        p.setSnapToWords(snap);
    }

}
