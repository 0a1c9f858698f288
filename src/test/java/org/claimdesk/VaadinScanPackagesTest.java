package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Vaadin scans only the packages of {@code @EnableVaadin}: nothing it must find lies elsewhere. */
class VaadinScanPackagesTest {
    private static final List<String> SCANNED =
            List.of(ClaimDeskApplication.class.getAnnotation(EnableVaadin.class).value());

    @Test
    void every_view_error_page_shell_and_frontend_import_is_in_a_scanned_package() {
        var scanner = anyClass();
        for (Class<? extends Annotation> a : List.of(Route.class, RouteAlias.class, JsModule.class,
                NpmPackage.class, CssImport.class, StyleSheet.class, JavaScript.class)) {
            scanner.addIncludeFilter(new AnnotationTypeFilter(a, true, true));
        }
        for (Class<?> t : List.of(HasErrorParameter.class, AppShellConfigurator.class, WebComponentExporter.class)) {
            scanner.addIncludeFilter(new AssignableTypeFilter(t));
        }
        Set<String> found = new TreeSet<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.claimdesk")) {
            found.add(d.getBeanClassName());
        }
        assertThat(found).as("classes Vaadin must find").hasSizeGreaterThan(10)
                .contains("org.claimdesk.base.ui.ClaimDeskShell");
        assertThat(found).allSatisfy(name -> assertThat(SCANNED).as(name).contains(packageOf(name)));
    }

    @Test
    void every_ui_package_of_a_feature_is_scanned() {
        var scanner = anyClass();
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".ui."));
        Set<String> uiPackages = new TreeSet<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.claimdesk")) {
            uiPackages.add(packageOf(d.getBeanClassName()));
        }
        assertThat(uiPackages).containsExactlyInAnyOrderElementsOf(new TreeSet<>(SCANNED));
    }

    /** A scanner that keeps interfaces and abstract classes too, whatever its filters match. */
    private static ClassPathScanningCandidateComponentProvider anyClass() {
        return new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition d) {
                return true;
            }
        };
    }

    private static String packageOf(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return outer.substring(0, outer.lastIndexOf('.'));
    }
}
