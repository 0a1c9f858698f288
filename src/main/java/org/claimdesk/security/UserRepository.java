package org.claimdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByIdIn(Collection<Long> ids);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u.username from AppUser u")
    List<String> allUsernames();

    /** People (not the gold account) whose name or display name contains {@code text}, by name. */
    @Query("select u from AppUser u where u.systemUser = false and (lower(u.username) like lower(concat('%', ?1, '%')) escape '\\'"
            + " or lower(u.displayName) like lower(concat('%', ?1, '%')) escape '\\') order by u.username")
    List<AppUser> search(String text, Pageable page);
}
