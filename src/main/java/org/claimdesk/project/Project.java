package org.claimdesk.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "project")
class Project {
    /** PRODUCT.md's default verdicts for claims (V3 migration gives older projects the same). */
    static final List<String> DEFAULT_RATING_SCALE =
            List.of("true", "mostly true", "mixed", "mostly false", "false", "unverifiable");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "snap_to_words")
    private boolean snapToWords = true;
    private boolean blind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "rating_scale", columnDefinition = "text[]")
    private String[] ratingScale;
    @Version
    private long version;
    @Column(name = "schema_version")
    private long schemaVersion;
    private String guidelines = "";

    protected Project() {
    }

    Project(String name) {
        this.name = name;
        this.ratingScale = DEFAULT_RATING_SCALE.toArray(String[]::new);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    List<String> ratingScale() {
        return ratingScale == null ? List.of() : List.of(ratingScale);
    }

    void setRatingScale(List<String> scale) {
        this.ratingScale = scale.toArray(String[]::new);
    }

    long schemaVersion() {
        return schemaVersion;
    }

    String guidelines() {
        return guidelines == null ? "" : guidelines;
    }

    /** A new schema and its guidelines: the schema's version goes up by one. */
    void schemaReplaced(String newGuidelines) {
        this.schemaVersion++;
        this.guidelines = newGuidelines;
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
