package org.claimdesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for the REST API, beside HTTP Basic. A token is 32 random bytes, shown once
 * at creation; only its SHA-256 is stored (a fast hash is enough for a secret this long, and it keeps
 * each request free of bcrypt's deliberate slowness). Revoked tokens stay listed, marked revoked.
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "cdt_";
    private static final int MAX_ACTIVE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ApiTokenService(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** A new token and the secret to show once. */
    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(@Nullable String name) {
        if (authenticatedByToken()) {
            // a leaked token must not be able to mint others that outlive its revocation
            throw new ForbiddenException("A token cannot create tokens: sign in with your password (the API Tokens page,"
                    + " or HTTP Basic) to create one.");
        }
        String clean = TextRules.name("token name", name, 100);
        long me = currentUser.id();
        long active = jdbc.sql("select count(*) from api_token where user_id = ? and revoked_at is null")
                .param(me).query(Long.class).single();
        if (active >= MAX_ACTIVE) {
            throw new InvalidInputException("You have " + MAX_ACTIVE + " active tokens; revoke one first.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("insert into api_token (user_id, name, token_hash, prefix) values (?, ?, ?, ?) returning id")
                .params(me, clean, hash(secret), secret.substring(0, 10)).query(Long.class).single();
        return new Created(find(me, id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return jdbc.sql("""
                        select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                        where user_id = ? order by revoked_at nulls first, id desc""")
                .param(currentUser.id()).query((rs, n) -> token(rs)).list();
    }

    @Transactional
    public ApiToken revoke(long id) {
        long me = currentUser.id();
        int n = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(id, me).update();
        ApiToken t = find(me, id).orElseThrow(() -> new NotFoundException("Token " + id + " not found."));
        if (n == 0 && t.active()) {
            throw new IllegalStateException("Token " + id + " could not be revoked.");
        }
        return t;
    }

    /** Who a live token belongs to. */
    public record Owner(UserSummary user) {
    }

    /**
     * The owner of a presented token, if it is a live token of a user who may sign in. No
     * transaction: one read (and at most once a minute one write) that need not commit together,
     * on every request of every script.
     */
    public Optional<Owner> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Row> row = jdbc.sql("""
                        select t.id, u.id, u.username, u.display_name, u.admin, t.last_used_at
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and not u.system_user""")
                .param(hash(secret))
                .query((rs, n) -> new Row(rs.getLong(1), new UserSummary(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), rs.getTimestamp(6)))
                .optional();
        // note the use, but at most once a minute: a busy script must not turn every read into a write
        row.filter(r -> r.lastUsed() == null || r.lastUsed().toInstant().isBefore(Instant.now().minusSeconds(60)))
                .ifPresent(r -> jdbc.sql("update api_token set last_used_at = now() where id = ?").param(r.id()).update());
        return row.map(r -> new Owner(r.user()));
    }

    private record Row(long id, UserSummary user, @Nullable Timestamp lastUsed) {
    }

    private Optional<ApiToken> find(long userId, long id) {
        return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from api_token where id = ? and user_id = ?")
                .params(id, userId).query((rs, n) -> token(rs)).optional();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean authenticatedByToken() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ApiTokenFilter.BY_TOKEN.equals(a.getAuthority()));
    }
}
