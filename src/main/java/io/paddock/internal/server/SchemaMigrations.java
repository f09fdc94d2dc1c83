package io.paddock.internal.server;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * Applies the versioned schema in {@code cypher/migrations/} (constraints, indexes, full-text index) with
 * neo4j-migrations. When every shipped migration file is already recorded as applied, the library is not run at
 * all: its apply costs about 3 s even with nothing to do, which every CLI call would pay (ADR 0002).
 */
public final class SchemaMigrations {

    private static final String LOCATION = "cypher/migrations";

    private SchemaMigrations() {
    }

    /**
     * @param driver   a connected driver
     * @param database target database, or {@code null} for the server's default
     */
    public static void apply(Driver driver, String database) {
        CodeSourceResourceScanner scanner = new CodeSourceResourceScanner(
                SchemaMigrations.class.getProtectionDomain().getCodeSource().getLocation());
        List<String> shipped = scanner.scan(List.of(LOCATION)).stream()
                .map(URL::getPath)
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .filter(name -> name.endsWith(".cypher"))
                .toList();
        if (allApplied(driver, database, shipped)) {
            return;
        }
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(scanner)
                .withAutocrlf(true);
        if (database != null) {
            config.withDatabase(database);
        }
        new Migrations(config.build(), driver).apply();
    }

    /** True when the database records every one of these migration files as applied. */
    private static boolean allApplied(Driver driver, String database, List<String> files) {
        SessionConfig sessionConfig = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (m:__Neo4jMigration) WHERE m.source IN $files
                    RETURN count(DISTINCT m.source) = size($files) AS applied""", Map.of("files", files))
                    .single().get("applied").asBoolean());
        }
    }
}
