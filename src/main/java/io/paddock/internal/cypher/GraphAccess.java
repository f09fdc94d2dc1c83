package io.paddock.internal.cypher;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.util.Objects;

/**
 * The connection a facade service works through: a connected driver and the database to use. Only
 * {@link io.paddock.Paddock} makes one for users, after it has applied the schema; the services' constructors take
 * this internal type so that getting a {@code PaddockQueries}, {@code Importer} or {@code Exporter} any other way
 * means reaching into {@code io.paddock.internal} (ADR 0038).
 *
 * @param driver        connected driver
 * @param sessionConfig target database
 */
public record GraphAccess(Driver driver, SessionConfig sessionConfig) {

    /**
     * @param driver        connected driver, required
     * @param sessionConfig target database, required
     */
    public GraphAccess {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(sessionConfig, "sessionConfig");
    }
}
