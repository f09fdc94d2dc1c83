package io.paddock.internal.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeSourceResourceScannerTests {

    @TempDir
    Path temp;

    @Test
    void findsTheShippedMigrationsInTheClassesFolder() {
        URL classes = SchemaMigrations.class.getProtectionDomain().getCodeSource().getLocation();

        List<URL> found = new CodeSourceResourceScanner(classes).scan(List.of("classpath:cypher/migrations"));

        assertThat(found).extracting(URL::getPath).extracting(path -> path.substring(path.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("V0001__Constraints_and_indexes.cypher", "V0002__Entrants_and_poles.cypher",
                        "V0003__Season_and_series_keys.cypher", "V0004__Series_key_indexes.cypher",
                        "V0005__Tally_indexes.cypher");
    }

    @Test
    void findsMigrationsInAJarWithoutDirectoryEntriesAndNothingElse() throws Exception {
        Path jar = temp.resolve("schema.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            write(out, "cypher/migrations/V0001__First.cypher", "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);");
            write(out, "cypher/migrations/V0002__Second.cypher", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b);");
            write(out, "cypher/queries/other.cypher", "RETURN 1;");
        }

        List<URL> found = new CodeSourceResourceScanner(jar.toUri().toURL()).scan(List.of("classpath:cypher/migrations"));

        assertThat(found).extracting(URL::toString).containsExactly(
                "jar:" + jar.toUri().toURL() + "!/cypher/migrations/V0001__First.cypher",
                "jar:" + jar.toUri().toURL() + "!/cypher/migrations/V0002__Second.cypher");
        try (var in = found.get(1).openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("CREATE INDEX b");
        }
    }

    private static void write(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
