package com.trendythreads.opsdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The module arrows of ARCHITECTURE.md and the layer rules of STYLE.md, checked on the compiled classes of
/// every module (app's test classpath sees them all).
class ArchitectureTest {

    private static final String ROOT = "com.trendythreads.opsdesk";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static final ArchRule VIEWMODELS_FX_BASE_ONLY = noClasses().that().resideInAPackage("..viewmodels..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.application..",
                        "org.controlsfx..", "atlantafx..", "..views..")
                .because("ViewModels are tested without a toolkit (STYLE.md)");

    @Test
    void viewModelsUseJavafxBaseOnly() {
        VIEWMODELS_FX_BASE_ONLY.check(classes);
    }

    @Test
    void viewsNeitherCallTheNetworkNorTheDatabase() {
        ArchRule rule = noClasses().that().resideInAPackage("..opsdesk.views..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "okhttp3..", "retrofit2..", "java.sql..", "org.h2..", "org.jdbi..",
                        ROOT + ".api.service..", ROOT + ".api.http..", ROOT + ".cache.store..",
                        ROOT + ".cache.sync..", ROOT + ".cache.outbox..")
                .because("views bind to ViewModels; data comes through them (ARCHITECTURE.md)");
        rule.check(classes);
    }

    @Test
    void modulesDependOnlyAlongTheArrows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + ".app..")
                .layer("views").definedBy(ROOT + ".views..")
                .layer("viewmodels").definedBy(ROOT + ".viewmodels..")
                .layer("cache").definedBy(ROOT + ".cache..")
                .layer("api").definedBy(ROOT + ".api..")
                .layer("platform").definedBy(ROOT + ".platform..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("views").mayOnlyBeAccessedByLayers("app")
                .whereLayer("viewmodels").mayOnlyBeAccessedByLayers("views", "app")
                .whereLayer("cache").mayOnlyBeAccessedByLayers("viewmodels", "views", "app")
                .whereLayer("api").mayOnlyBeAccessedByLayers("cache", "viewmodels", "views", "app", "platform")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("app")
                .check(classes);
    }

    @Test
    void theViewModelRuleCatchesAViolation() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                com.trendythreads.opsdesk.viewmodels.archfixture.BadViewModel.class);
        org.assertj.core.api.Assertions.assertThat(VIEWMODELS_FX_BASE_ONLY.evaluate(bad).hasViolation()).isTrue();
    }

    @Test
    void everyLayerHasClasses() {
        // A rule that finds nothing to check would pass anything: make sure every layer has classes.
        for (String pkg : new String[] {".app", ".views", ".viewmodels", ".cache", ".api", ".platform"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                    .filter(c -> c.getPackageName().startsWith(ROOT + pkg)).count()).as(pkg).isPositive();
        }
    }
}
