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

    // Imported once for the class: JUnit makes an instance per test, and each import reads every class again.
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // ArchUnit recognises target/test-classes only; the neo4j-2026 profile builds into target-2026/.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("io.paddock");

    /** Each package below io.paddock is a slice, and the root package ({@code Paddock}, its exceptions) one more. */
    private static final com.tngtech.archunit.library.dependencies.SliceAssignment PACKAGES_AND_ROOT =
            new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                @Override
                public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                        com.tngtech.archunit.core.domain.JavaClass javaClass) {
                    String name = javaClass.getPackageName();
                    if (javaClass.isAssignableTo("io.paddock.PaddockException") && name.equals("io.paddock")) {
                        // the one exception every package throws: a leaf every slice may depend on
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of("(root) PaddockException");
                    }
                    if (name.equals("io.paddock")) {
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of("(root)");
                    }
                    if (name.startsWith("io.paddock.")) {
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(name.substring("io.paddock.".length()).split("\\.")[0]);
                    }
                    return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "the packages below io.paddock and the root package";
                }
            };

    @Test
    void packagesHaveNoCycles() {
        slices().assignedFrom(PACKAGES_AND_ROOT).should().beFreeOfCycles().check(classes);
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
                        "io\\.paddock\\.query\\.(PaddockQueries|DriverNetwork|QueryFilter|AmbiguousNameException|UnknownNameException|PlainValues)")
                .check(classes);
    }

    /** Classes meant to be extended: abstract ones, and those another Paddock class extends (exceptions). */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> EXTENDED =
            com.tngtech.archunit.base.DescribedPredicate.describe("abstract or extended within Paddock",
                    c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                            || !c.getSubclasses().isEmpty());

    @Test
    void implementationsAreFinalAndModelTypesAreRecordsOrEnums() {
        classes().that().resideInAPackage("io.paddock..").and().areNotInterfaces().and().areNotEnums()
                .and().areNotRecords().and().areTopLevelClasses().and(com.tngtech.archunit.base.DescribedPredicate.not(EXTENDED))
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .check(classes);
        classes().that().resideInAPackage("io.paddock.model").and().areTopLevelClasses()
                .should().beAssignableTo(Record.class).orShould().beAssignableTo(Enum.class)
                .check(classes);
    }

    /** A call that may write or may be routed to the leader: everything on a session but executeRead and close. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> MAY_WRITE =
            com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a Session method other than executeRead and close, or Driver.executableQuery",
                    call -> {
                        var owner = call.getTargetOwner();
                        String name = call.getName();
                        boolean session = owner.isAssignableTo(org.neo4j.driver.Session.class)
                                || owner.isAssignableTo(org.neo4j.driver.async.AsyncSession.class)
                                || owner.isAssignableTo(org.neo4j.driver.reactive.ReactiveSession.class);
                        boolean driver = owner.isAssignableTo(org.neo4j.driver.Driver.class);
                        return session && !name.equals("executeRead") && !name.equals("close")
                                || driver && name.equals("executableQuery");
                    });

    /**
     * Least privilege: a question never writes. The query package opens sessions only to call {@code executeRead} (a
     * managed read transaction a cluster may route to a secondary); it never runs auto-commit queries on a session,
     * opens an explicit transaction, writes, or uses {@code Driver.executableQuery} (which routes to the leader).
     */
    @Test
    void theQueryFacadeOnlyReads() {
        noClasses().that().resideInAPackage("io.paddock.query..").should().callMethodWhere(MAY_WRITE).check(classes);
        // the same rule does catch the writers, so its silence about the query package means something
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().resideInAPackage("io.paddock.load..")
                        .should().callMethodWhere(MAY_WRITE).check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("executeWrite");
    }

    @Test
    void theCliUsesPicocliAndTheSeedAndLoadersDoNot() {
        noClasses().that().resideOutsideOfPackage("io.paddock.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    /**
     * The launcher's way to a server loads the JDK alone (ADR 0021): a library there (the driver, Jackson, picocli)
     * would cost every question its loading time. Running a command locally goes through {@code PaddockCli}, which
     * is allowed to load everything.
     */
    @Test
    void theLaunchersWayToTheServerNeedsOnlyTheJdk() {
        classes().that().haveFullyQualifiedName("io.paddock.cli.Launcher")
                .or().haveFullyQualifiedName("io.paddock.cli.CommandChannel")
                .or().haveFullyQualifiedName("io.paddock.cli.ServeFile")
                .or().haveNameMatching("io\\.paddock\\.cli\\.(Launcher|CommandChannel|ServeFile)\\$.*")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.paddock.cli")
                .check(classes);
        noClasses().that().haveNameMatching("io\\.paddock\\.cli\\.(Launcher|CommandChannel|ServeFile)(\\$.*)?")
                .should().dependOnClassesThat().haveNameMatching("io\\.paddock\\.cli\\.(?!Launcher|CommandChannel|ServeFile|PaddockCli).*")
                .check(classes);
    }
}
