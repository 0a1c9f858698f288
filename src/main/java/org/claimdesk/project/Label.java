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
@Table(name = "label")
class Label {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id")
    private long projectId;
    private String name;
    @Enumerated(EnumType.STRING)
    private LabelKind kind;
    private String color;
    private String shortcut;
    @Column(name = "source_label")
    private String sourceLabel;
    @Column(name = "target_label")
    private String targetLabel;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Label() {
    }

    Label(long projectId, LabelDefinition d, int sortOrder) {
        this.projectId = projectId;
        this.name = d.name();
        this.kind = d.kind();
        this.color = d.color();
        this.shortcut = d.shortcut();
        this.sourceLabel = d.sourceLabel();
        this.targetLabel = d.targetLabel();
        this.sortOrder = sortOrder;
    }

    LabelDefinition toDefinition() {
        return new LabelDefinition(id, name, kind, color, shortcut, sourceLabel, targetLabel);
    }
}
