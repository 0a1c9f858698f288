package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimdesk.base.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The REST API's answer when a request is not signed in, written directly as a problem body (no error
 * page dispatch). Only credentials found wrong get a 401: a client told 401 concludes its password or
 * token is wrong, so credentials that could not be checked get 503 (database unreachable, retry) or 500.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {
    private static final Logger log = LoggerFactory.getLogger(ProblemEntryPoint.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseHealth.isConnectionFailure(e)) {
            response.setHeader("Retry-After", "5");
            write(response, 503, "Database unavailable", DatabaseHealth.UNAVAILABLE);
        } else if (e instanceof InternalAuthenticationServiceException) {
            log.error("The credentials of a request to {} could not be checked", request.getRequestURI(), e);
            write(response, 500, "Internal error",
                    "Your credentials could not be checked because of an error on the server; nothing was stored.");
        } else {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ClaimDesk\"");
            write(response, 401, "Unauthorized", e instanceof LockedException
                    ? "Too many failed sign-ins for this name from your address; try again in a few minutes."
                    : "Sign in with a personal API token (Authorization: Bearer ...) or HTTP Basic authentication"
                    + " (username and password).");
        }
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\"", "'") + "\"}");
    }
}
