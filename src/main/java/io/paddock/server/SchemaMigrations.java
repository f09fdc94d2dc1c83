package io.paddock.server;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;

/**
 * Applies the versioned schema in {@code cypher/migrations/} (constraints, indexes, full-text index) with
 * neo4j-migrations. Already-applied versions are skipped, so this runs on every connect.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /**
     * @param driver   a connected driver
     * @param database target database, or {@code null} for the server's default
     */
    public static void apply(Driver driver, String database) {
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:cypher/migrations")
                .withAutocrlf(true);
        if (database != null) {
            config.withDatabase(database);
        }
        new Migrations(config.build(), driver).apply();
    }
}
