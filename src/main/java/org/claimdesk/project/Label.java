package org.claimdesk.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "source_labels", columnDefinition = "text[]")
    private String[] sourceLabels;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_labels", columnDefinition = "text[]")
    private String[] targetLabels;
    @Column(name = "sort_order")
    private int sortOrder;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "fact_role")
    private FactRole factRole;

    protected Label() {
    }

    Label(long projectId, LabelDefinition d, int sortOrder) {
        this.projectId = projectId;
        this.kind = d.kind();
        update(d, sortOrder);
    }

    /** Takes a definition's name, colour, key, ends, description and role; the kind never changes. */
    void update(LabelDefinition d, int order) {
        this.name = d.name();
        this.color = d.color();
        this.shortcut = d.shortcut();
        this.sourceLabels = d.sourceLabels().isEmpty() ? null : d.sourceLabels().toArray(String[]::new);
        this.targetLabels = d.targetLabels().isEmpty() ? null : d.targetLabels().toArray(String[]::new);
        this.description = d.description();
        this.factRole = d.role();
        this.sortOrder = order;
    }

    Long getId() {
        return id;
    }

    LabelKind getKind() {
        return kind;
    }

    LabelDefinition toDefinition() {
        return new LabelDefinition(id, name, kind, color, shortcut,
                sourceLabels == null ? List.of() : List.of(sourceLabels),
                targetLabels == null ? List.of() : List.of(targetLabels), description, factRole);
    }
}
