package org.claimdesk.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {
    private final UserRepository users;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .filter(u -> !u.isSystemUser()) // the gold layer's owner never signs in
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var authorities = user.isAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        // a locked account is refused before its password is checked
        boolean locked = !throttle.blockedFor(username).isZero();
        return new User(user.getUsername(), user.getPasswordHash(), true, true, true, !locked, authorities);
    }
}
