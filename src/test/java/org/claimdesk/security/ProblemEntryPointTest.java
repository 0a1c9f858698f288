package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemEntryPointTest {

    @Test
    void wrong_credentials_get_401_with_a_basic_challenge() throws Exception {
        MockHttpServletResponse response = answer(new BadCredentialsException("Bad credentials"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"ClaimDesk\"");
        assertThat(response.getContentAsString()).contains("\"status\":401", "personal API token");
    }

    @Test
    void credentials_unchecked_for_want_of_the_database_get_503_and_a_retry() throws Exception {
        MockHttpServletResponse response = answer(new InternalAuthenticationServiceException("no connection",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentAsString()).contains("nothing was stored");
    }

    @Test
    void credentials_unchecked_for_another_server_error_get_500_never_401() throws Exception {
        // a database that answers without ClaimDesk's tables: the password was never compared
        MockHttpServletResponse response = answer(new InternalAuthenticationServiceException("no table",
                new SQLException("relation \"app_user\" does not exist", "42P01")));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("could not be checked");
    }

    private static MockHttpServletResponse answer(AuthenticationException e) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ProblemEntryPoint().commence(new MockHttpServletRequest("POST", "/api/documents/1/spans"), response, e);
        return response;
    }
}
