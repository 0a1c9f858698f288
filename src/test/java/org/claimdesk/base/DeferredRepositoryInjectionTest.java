package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.core.SpringProperties;
import org.springframework.data.repository.Repository;

class DeferredRepositoryInjectionTest {

    interface LazyNotes extends Repository<Object, Long> {
    }

    interface EagerNotes extends Repository<Object, Long> {
    }

    LazyNotes lazyNotes;
    EagerNotes eagerNotes;
    Runnable notARepository;

    @AfterEach
    void aotOff() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void anAotStartInjectsAProxyForALazyRepositoryAndTheBeanItselfOtherwise() throws Exception {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        DefaultListableBeanFactory factory = factoryWithRepositories();

        new DeferredRepositoryInjection().postProcessBeanFactory(factory);

        var resolver = factory.getAutowireCandidateResolver();
        assertThat(resolver.getLazyResolutionProxyIfNecessary(dependency("lazyNotes"), "service"))
                .isInstanceOf(LazyNotes.class);
        assertThat(resolver.getLazyResolutionProxyIfNecessary(dependency("eagerNotes"), "service")).isNull();
        assertThat(resolver.getLazyResolutionProxyIfNecessary(dependency("notARepository"), "service")).isNull();
    }

    @Test
    void withoutAotSpringDatasOwnResolverStays() {
        DefaultListableBeanFactory factory = factoryWithRepositories();
        var before = factory.getAutowireCandidateResolver();

        new DeferredRepositoryInjection().postProcessBeanFactory(factory);

        assertThat(factory.getAutowireCandidateResolver()).isSameAs(before);
    }

    private static DefaultListableBeanFactory factoryWithRepositories() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        RootBeanDefinition lazy = new RootBeanDefinition(LazyNotes.class);
        lazy.setLazyInit(true);
        factory.registerBeanDefinition("lazyNotes", lazy);
        factory.registerBeanDefinition("eagerNotes", new RootBeanDefinition(EagerNotes.class));
        return factory;
    }

    private DependencyDescriptor dependency(String field) throws NoSuchFieldException {
        Field declared = getClass().getDeclaredField(field);
        return new DependencyDescriptor(declared, true);
    }
}
