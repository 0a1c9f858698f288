package org.claimdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    private boolean admin;
    @Column(name = "\"system_user\"")
    private boolean systemUser;
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String displayName, boolean admin) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.admin = admin;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    boolean isSystemUser() {
        return systemUser;
    }

    public boolean isAdmin() {
        return admin;
    }
}
