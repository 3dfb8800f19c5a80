package io.frontline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's data directory: created empty, and removed with all it holds (review logs of hundreds of MB). */
final class ScratchDir implements AutoCloseable {
    final Path path;

    private ScratchDir(Path path) {
        this.path = path;
    }

    static ScratchDir create(String name) throws IOException {
        return new ScratchDir(Files.createTempDirectory("frontline-bench-" + name));
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
