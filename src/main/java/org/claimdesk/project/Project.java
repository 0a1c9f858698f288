package org.claimdesk.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "project")
class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "snap_to_words")
    private boolean snapToWords = true;
    private boolean blind;
    @Version
    private long version;

    protected Project() {
    }

    Project(String name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isBlind() {
        return blind;
    }

    void setBlind(boolean blind) {
        this.blind = blind;
    }

    ProjectSummary summary(ProjectRole role) {
        return new ProjectSummary(id, name, role, snapToWords, blind);
    }

    boolean isSnapToWords() {
        return snapToWords;
    }

    void setSnapToWords(boolean snapToWords) {
        this.snapToWords = snapToWords;
    }
}
