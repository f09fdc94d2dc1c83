package io.paddock.internal.server;

import io.paddock.PaddockException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Neo4j Graph Data Science inside an embedded database. With the {@code org.neo4j.gds:proc} and
 * {@code org.neo4j.gds:opengds-extension} jars on the classpath, Neo4j starts GDS's extensions by itself, but it looks
 * for procedures only in its plugins folder; this registers the procedures and functions the GDS jars list in their
 * {@code META-INF/services} files (about 250, about 1.4 s), once per database, when a network question first needs
 * them. The settings of {@link EmbeddedServer} allow {@code gds.*} the unrestricted access GDS needs.
 */
public final class GraphDataScience {

    private static final String PROCEDURES = "META-INF/services/org.neo4j.procedure.Procedure";
    private static final String FUNCTIONS = "META-INF/services/org.neo4j.procedure.UserFunction";
    /** What proves GDS is on the classpath: its version function. */
    private static final String PROBE = "org.neo4j.gds.functions.VersionFunc";

    private static final Set<GraphDatabaseService> INSTALLED = Collections.newSetFromMap(new WeakHashMap<>());

    private GraphDataScience() {
    }

    /**
     * @return whether the GDS jars are on the classpath
     */
    public static boolean onClasspath() {
        try {
            Class.forName(PROBE, false, GraphDataScience.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Registers GDS's procedures and functions in {@code db}, unless done before.
     *
     * @param db an embedded database (or a neo4j-harness one)
     * @return false when the GDS jars are not on the classpath (nothing registered)
     * @throws PaddockException when a GDS class cannot be registered
     */
    public static synchronized boolean install(GraphDatabaseService db) {
        if (INSTALLED.contains(db)) {
            return true;
        }
        if (!onClasspath()) {
            return false;
        }
        GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        String current = null;
        try {
            for (String name : listed(PROCEDURES)) {
                current = name;
                procedures.registerProcedure(Class.forName(name));
            }
            for (String name : listed(FUNCTIONS)) {
                current = name;
                procedures.registerFunction(Class.forName(name));
            }
        } catch (Exception | LinkageError e) {
            throw new PaddockException("Cannot register Graph Data Science's " + current + ": " + e.getMessage(), e);
        }
        INSTALLED.add(db);
        return true;
    }

    /** The class names every GDS jar lists in a services file: GDS's own files only, one name per line. */
    private static Set<String> listed(String servicesFile) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Enumeration<URL> files = GraphDataScience.class.getClassLoader().getResources(servicesFile);
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (name.startsWith("org.neo4j.gds.")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
