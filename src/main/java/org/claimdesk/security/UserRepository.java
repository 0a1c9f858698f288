package org.claimdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByIdIn(Collection<Long> ids);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u.username from AppUser u")
    List<String> allUsernames();
}
