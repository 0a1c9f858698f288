package org.claimdesk.base;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing reads traces or metrics here (only health is exposed), so the registry records nothing:
 * with a no-op registry Spring Security and Spring MVC do not wrap and time every filter and
 * request, which cost a single-span REST write about a tenth of its time.
 */
@Configuration(proxyBeanMethods = false)
class NoObservations {
    @Bean
    ObservationRegistry observationRegistry() {
        return ObservationRegistry.NOOP;
    }
}
