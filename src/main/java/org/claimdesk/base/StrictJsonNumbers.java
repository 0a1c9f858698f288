package org.claimdesk.base;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Offsets and ids are integers: 4.9 or "0" where an integer belongs is refused, not truncated or
 * parsed, so that a client's mistake cannot become a span over other characters.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonNumbers {
    @Bean
    JsonMapperBuilderCustomizer integersOnly() {
        return builder -> builder.withCoercionConfig(LogicalType.Integer, c -> c
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
