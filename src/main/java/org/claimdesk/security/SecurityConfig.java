package org.claimdesk.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimdesk.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    /** REST API: stateless, with a personal API token (Bearer) or HTTP Basic; the health probe is public. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        AuthenticationEntryPoint problems = new ProblemEntryPoint();
        return http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new ApiTokenFilter(tokens, problems),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("ClaimDesk").authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The Vaadin UI: form login through the login view, view access by annotations. The editor's
     * data (documents/{id}/editor.json) is read under the same session; its service checks the
     * project role as the view does.
     */
    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll()
                        .requestMatchers("/documents/*/editor.json").authenticated())
                .with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }
}
