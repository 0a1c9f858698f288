package org.claimdesk.security;

import org.claimdesk.base.DatabaseHealth;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer cdt_...}: signs the request in as the token's owner, with the owner's
 * current roles. A request without a bearer token goes on to HTTP Basic; a wrong or revoked token
 * gets a 401 at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;
    /** Marks a request authenticated by a token, which may do all its owner may except mint tokens. */
    static final String BY_TOKEN = "AUTH_BY_TOKEN";
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.Owner> owner;
        try {
            owner = tokens.authenticate(header.substring(7).strip());
        } catch (RuntimeException e) {
            if (!DatabaseHealth.isConnectionFailure(e)) {
                throw e;
            }
            entryPoint.commence(request, response,
                    new InternalAuthenticationServiceException("database", e));
            return;
        }
        if (owner.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        UserSummary user = owner.get().user();
        var authorities = user.admin() ? AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN", BY_TOKEN)
                : AuthorityUtils.createAuthorityList("ROLE_USER", BY_TOKEN);
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                authorities));
        strategy.setContext(context);
        CurrentUser.remember(request, user);
        chain.doFilter(request, response);
    }
}
