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
                    if (name.startsWith("io.paddock.internal.")) {
                        // each internal package is a slice of its own, so a cycle among them still shows
                        String[] parts = name.substring("io.paddock.".length()).split("\\.");
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(parts[0] + "." + parts[1]);
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
        noClasses().that().resideOutsideOfPackage("io.paddock.internal.server..")
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
                        "io\\.paddock\\.query\\.(PaddockQueries|DriverNetwork|QueryFilter|AmbiguousNameException|UnknownNameException)")
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().resideInAPackage("io.paddock.internal.load..")
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
    /**
     * The public API, type by type (ADR 0038): what a Java user may name. {@code model} is public as a whole (its
     * records and enums are the answers); {@code io.paddock.internal..} may change in any release, and {@code cli} is
     * the application. A new public type outside those is a decision: add it here, or make it package-private or
     * internal.
     */
    private static final java.util.Set<String> PUBLIC_API = java.util.Set.of(
            "io.paddock.Paddock", "io.paddock.PaddockException", "io.paddock.TrustedCertificate",
            "io.paddock.server.ServeSettings", "io.paddock.server.ServeTls",
            "io.paddock.query.PaddockQueries", "io.paddock.query.DriverNetwork", "io.paddock.query.QueryFilter",
            "io.paddock.query.AmbiguousNameException", "io.paddock.query.UnknownNameException",
            "io.paddock.importer.Importer", "io.paddock.importer.ImportReport", "io.paddock.importer.Conflict",
            "io.paddock.importer.Rejection", "io.paddock.importer.YearRange",
            "io.paddock.export.Exporter", "io.paddock.export.ExportFormat", "io.paddock.export.ExportResult",
            "io.paddock.export.ExportTable",
            "io.paddock.ingest.Ingest", "io.paddock.ingest.IngestResult", "io.paddock.ingest.Fact",
            "io.paddock.ingest.FactProposal", "io.paddock.ingest.GraphChange", "io.paddock.ingest.Mention",
            "io.paddock.ingest.QualityRow",
            "io.paddock.seed.Seed", "io.paddock.seed.SeedException", "io.paddock.seed.SeedFile",
            "io.paddock.seed.SeedReader",
            "io.paddock.load.LoadReport", "io.paddock.load.WriteProgress", "io.paddock.load.WriteReport",
            "io.paddock.resolve.Decision", "io.paddock.resolve.PersonClaim", "io.paddock.resolve.Verdict");

    private static boolean internalOrCli(com.tngtech.archunit.core.domain.JavaClass c) {
        return c.getPackageName().startsWith("io.paddock.internal") || c.getPackageName().startsWith("io.paddock.cli");
    }

    @Test
    void thePublicApiIsTheListedTypes() {
        var listed = com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe(
                "listed in PUBLIC_API, or in io.paddock.model", c -> PUBLIC_API.contains(c.getName())
                        || c.getPackageName().equals("io.paddock.model"));
        classes().that().arePublic().and().areTopLevelClasses()
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("outside internal and cli", c -> !internalOrCli(c)))
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(listed))
                .check(classes);
        // every listed type exists, so the list cannot rot into names of nothing
        org.assertj.core.api.Assertions.assertThat(PUBLIC_API).allSatisfy(name -> org.assertj.core.api.Assertions
                .assertThat(classes.contain(name)).as(name).isTrue());
    }

    /** The services' constructors, which take an internal type because only {@code Paddock} makes them. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCodeUnit> MADE_BY_PADDOCK =
            com.tngtech.archunit.base.DescribedPredicate.describe("a constructor of PaddockQueries, Importer or Exporter",
                    unit -> unit instanceof com.tngtech.archunit.core.domain.JavaConstructor
                            && java.util.Set.of("io.paddock.query.PaddockQueries", "io.paddock.importer.Importer",
                            "io.paddock.export.Exporter").contains(unit.getOwner().getName()));

    /**
     * Nothing a user can call or extend names an internal type, so the internal packages can change freely; the one
     * exception is the services' constructors, and only {@code Paddock} calls those.
     */
    @Test
    void thePublicApiShowsNoInternalTypeAndOnlyPaddockMakesTheServices() {
        var showsInternal = new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMember>(
                "name no io.paddock.internal type in its signature") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMember member,
                              com.tngtech.archunit.lang.ConditionEvents events) {
                java.util.List<com.tngtech.archunit.core.domain.JavaType> types = new java.util.ArrayList<>();
                if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
                    types.add(field.getType());
                } else if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
                    types.add(unit.getReturnType());
                    types.addAll(unit.getParameterTypes());
                }
                types.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream())
                        .filter(raw -> raw.getPackageName().startsWith("io.paddock.internal"))
                        .forEach(raw -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(member,
                                member.getFullName() + " names " + raw.getName())));
            }
        };
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members()
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("public or protected, of a public API type",
                        m -> !internalOrCli(m.getOwner()) && m.getOwner().getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                                && (m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                                || m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PROTECTED))
                                && !(m instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit && MADE_BY_PADDOCK.test(unit))))
                .should(showsInternal)
                .check(classes);
        classes().that().arePublic().and(com.tngtech.archunit.base.DescribedPredicate.describe("outside internal and cli", c -> !internalOrCli(c)))
                .should().notBeAssignableTo(com.tngtech.archunit.base.DescribedPredicate.describe("an internal type",
                        c -> c.getPackageName().startsWith("io.paddock.internal")))
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits().that(MADE_BY_PADDOCK)
                .should().onlyBeCalled().byClassesThat().haveFullyQualifiedName("io.paddock.Paddock")
                .check(classes);
    }
}
