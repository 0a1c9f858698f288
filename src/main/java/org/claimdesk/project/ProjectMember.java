package org.claimdesk.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "project_member")
class ProjectMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id")
    private long projectId;
    @Column(name = "user_id")
    private long userId;
    @Enumerated(EnumType.STRING)
    private ProjectRole role;

    protected ProjectMember() {
    }

    ProjectMember(long projectId, long userId, ProjectRole role) {
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getUserId() {
        return userId;
    }

    ProjectRole getRole() {
        return role;
    }

    void setRole(ProjectRole role) {
        this.role = role;
    }
}
