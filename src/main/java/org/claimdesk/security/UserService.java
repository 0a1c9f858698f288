package org.claimdesk.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding users. Only administrators create users. */
@Service
public class UserService {
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 8;
    public static final String GOLD = "gold";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    UserService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    @Transactional
    public UserSummary createUser(String username, String password, String displayName, boolean admin) {
        if (!currentUser.isAdmin()) {
            throw new ForbiddenException("Only administrators can add users.");
        }
        return create(username, password, displayName, admin);
    }

    /** Used once, at first start, when there is nobody to be signed in yet. */
    @Transactional
    UserSummary createFirstAdmin(String password) {
        return create("admin", password, "Administrator", true);
    }

    private UserSummary create(String username, String password, String displayName, boolean admin) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "Username must be 2-64 characters: letters, digits, '.', '_' or '-'.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "Password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("A password may have at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"
                    + " (bcrypt's limit): 72 plain letters or digits, fewer with accents or emoji.");
        }
        // names differing only in case would be taken for each other by people
        if (users.existsByUsernameIgnoreCase(name)) {
            throw new ConflictException("User '" + name + "' already exists (names are compared ignoring case).");
        }
        String display = displayName == null || displayName.isBlank() ? name
                : TextRules.name("display name", displayName, 200);
        return UserSummary.of(users.save(new AppUser(name, encoder.encode(password), display, admin)));
    }

    /** The system user whose layer is a project's gold layer. */
    @Transactional(readOnly = true)
    public UserSummary goldLayer() {
        return users.findByUsername(GOLD).filter(AppUser::isSystemUser).map(UserSummary::of)
                .orElseThrow(() -> new IllegalStateException("The gold layer user is missing (migration V5)."));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(UserSummary::of);
    }

    /** A person who signs in, not ClaimDesk's own account for the gold layer. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> findPerson(String username) {
        return users.findByUsername(username).filter(u -> !u.isSystemUser()).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        return users.findByIdIn(ids).stream().map(UserSummary::of)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** Up to {@code limit} people whose name or display name contains {@code text}, by name. */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, int limit) {
        String needle = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return users.search(needle, PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream()
                .map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> all() {
        return users.findAll(Sort.by("username")).stream().filter(u -> !u.isSystemUser()).map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count() - users.findByUsername(GOLD).filter(AppUser::isSystemUser).stream().count();
    }
}
