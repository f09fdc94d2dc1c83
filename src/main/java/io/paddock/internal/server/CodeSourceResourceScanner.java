package io.paddock.internal.server;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import io.paddock.PaddockException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds migration files below a folder of Paddock's own code source (its jar, or {@code target/classes}), where
 * they ship. neo4j-migrations' default scanner walks every jar on the class path with ClassGraph — Neo4j's
 * 200-odd jars in the embedded mode. Reading the jar itself also works for jars built without directory entries,
 * which a class loader cannot list.
 */
final class CodeSourceResourceScanner implements ClasspathResourceScanner {

    private final URL codeSource;

    /**
     * @param codeSource a jar file or a classes folder, as {@code ProtectionDomain.getCodeSource().getLocation()} gives it
     */
    CodeSourceResourceScanner(URL codeSource) {
        this.codeSource = codeSource;
    }

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "").replaceFirst("^/+", "").replaceFirst("/+$", "");
            try {
                found.addAll(filesBelow(folder));
            } catch (IOException | URISyntaxException e) {
                throw new PaddockException("Cannot list the migrations in " + codeSource + "!/" + folder + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private List<URL> filesBelow(String folder) throws IOException, URISyntaxException {
        Path source = Path.of(codeSource.toURI());
        List<URL> files = new ArrayList<>();
        if (Files.isDirectory(source)) {
            Path root = source.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                        files.add(path.toUri().toURL());
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (!entry.isDirectory() && entry.getName().startsWith(folder + "/")) {
                        files.add(new URL("jar:" + source.toUri().toURL() + "!/" + entry.getName()));
                    }
                }
            }
        }
        return files;
    }
}
