package org.claimdesk.base;

import java.util.Arrays;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * With {@code spring.data.jpa.repositories.bootstrap-mode=deferred} Hibernate builds its
 * EntityManagerFactory on another thread, and Spring Data injects a proxy for each repository so
 * that the services holding them can be made while it does. Spring's AOT start restores a plain
 * autowire candidate resolver, which injects the repositories themselves: the first service made
 * then waited for Hibernate, and the two ran one after the other. This puts the proxies back for
 * the AOT start only; without AOT, Spring Data's own resolver is in place.
 */
@Component
class DeferredRepositoryInjection implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new LazyRepositories(factory));
        }
    }

    private static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {
        private final DefaultListableBeanFactory factory;

        LazyRepositories(DefaultListableBeanFactory factory) {
            this.factory = factory;
        }

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            Class<?> type = descriptor.getDependencyType();
            if (type.isInterface() && Repository.class.isAssignableFrom(type)) {
                // deferred mode marks the repositories lazy; a repository made eagerly stays eager
                String[] names = factory.getBeanNamesForType(type, true, false);
                return names.length > 0
                        && Arrays.stream(names).allMatch(name -> factory.getBeanDefinition(name).isLazyInit());
            }
            return super.isLazy(descriptor);
        }
    }
}
