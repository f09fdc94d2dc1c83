package io.paddock;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Guards the package structure: small packages by responsibility, no cycles, the embedded engine behind
 * one class, the CLI on top of the public API.
 */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // ArchUnit recognises target/test-classes only; the neo4j-2026 profile builds into target-2026/.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("io.paddock");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.paddock.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheServerPackageTouchesEmbeddedNeo4j() {
        noClasses().that().resideOutsideOfPackage("io.paddock.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.configuration..",
                        "org.neo4j.kernel..", "org.neo4j.graphdb..")
                .check(classes);
    }

    @Test
    void nothingButTheCliDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("io.paddock.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.paddock.cli..")
                .check(classes);
    }

    @Test
    void theQueryPackageShowsOnlyItsFacade() {
        classes().that().resideInAPackage("io.paddock.query").and().arePublic().and().areTopLevelClasses()
                .should().haveNameMatching(
                        "io\\.paddock\\.query\\.(PaddockQueries|QueryFilter|AmbiguousNameException|UnknownNameException|PlainValues)")
                .check(classes);
    }

    @Test
    void implementationsAreFinalAndModelTypesAreRecordsOrEnums() {
        classes().that().resideInAPackage("io.paddock.query").and().areNotInterfaces().and().areNotEnums()
                .and().areTopLevelClasses()
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .check(classes);
        classes().that().resideInAPackage("io.paddock.model").and().areTopLevelClasses()
                .should().beAssignableTo(Record.class).orShould().beAssignableTo(Enum.class)
                .check(classes);
    }

    @Test
    void theCliUsesPicocliAndTheSeedAndLoadersDoNot() {
        noClasses().that().resideOutsideOfPackage("io.paddock.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }
}
