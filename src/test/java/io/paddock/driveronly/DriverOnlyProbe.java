package io.paddock.driveronly;

import io.paddock.Paddock;
import io.paddock.ingest.Ingest;
import io.paddock.ingest.IngestResult;
import io.paddock.model.Teammates;
import io.paddock.query.QueryFilter;
import io.paddock.seed.SeedReader;
import org.neo4j.driver.AuthTokens;

/**
 * What a library user with only the driver on the classpath does: connect to a server, ask questions, read a report.
 * {@link DriverOnlyIT} runs it in a JVM without the embedded engine; it prints one line per answer.
 */
public final class DriverOnlyProbe {

    private DriverOnlyProbe() {
    }

    public static void main(String[] args) {
        System.out.println("embedded engine on the classpath: " + present("org.neo4j.graphdb.GraphDatabaseService"));
        System.out.println("lucene on the classpath: " + present("org.apache.lucene.analysis.Analyzer"));
        try (Paddock paddock = Paddock.connect(args[0], AuthTokens.none())) {
            Teammates answer = paddock.queries().teammates("Timo Bernhard", QueryFilter.all().event("Petit Le Mans 2007"));
            System.out.println("co-drivers: " + answer.coDrivers().stream().map(p -> p.driver().name()).toList());
            System.out.println("search: " + paddock.queries().search("mucke").get(0).name());
        }
        IngestResult read = Ingest.withSeed(SeedReader.shipped()).read("own.txt",
                "Romain Dumas und Timo Bernhard fuhren den Porsche RS Spyder.");
        System.out.println("ingest: " + read.mentions().stream().filter(m -> m.linked()).map(m -> m.kind() + ":" + m.id())
                .distinct().toList());
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DriverOnlyProbe.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
