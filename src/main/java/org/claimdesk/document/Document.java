package org.claimdesk.document;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** An imported, normalized text. Immutable: every offset into it depends on it not changing. */
@Entity
@Immutable
@Table(name = "document")
class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id")
    private long projectId;
    private String title;
    private String text;
    private String sha256;
    @Column(name = "length_cp")
    private int lengthCp;
    @Column(name = "source_url")
    private String sourceUrl;
    private String publisher;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "external_id")
    private String externalId;
    @JdbcTypeCode(SqlTypes.JSON)
    private String meta;
    @Column(name = "created_by")
    private Long createdBy;

    protected Document() {
    }

    Document(long projectId, String title, String text, String sha256, int lengthCp, String sourceUrl,
             String publisher, LocalDate publishedOn, Long createdBy) {
        this.projectId = projectId;
        this.title = title;
        this.text = text;
        this.sha256 = sha256;
        this.lengthCp = lengthCp;
        this.sourceUrl = sourceUrl;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.createdBy = createdBy;
    }

    void setOrigin(String externalId, String meta) {
        this.externalId = externalId;
        this.meta = meta;
    }

    DocumentContent toContent() {
        return new DocumentContent(id, projectId, title, text, sha256, lengthCp, sourceUrl, publisher, publishedOn);
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getTitle() {
        return title;
    }
}
