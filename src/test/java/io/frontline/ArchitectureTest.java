package io.frontline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dependency directions of architecture.md, checked by scanning imports. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/io/frontline");

    @Test
    void the_core_imports_no_vertx_drools_or_jackson() throws IOException {
        assertEquals(List.of(), violations(List.of("domain", "detect", "decide", "learn"),
                List.of("io.vertx", "org.kie", "org.drools", "com.fasterxml", "io.micrometer", "io.frontline.http",
                        "io.frontline.rules", "io.frontline.json", "io.frontline.cli")));
    }

    @Test
    void only_the_rules_package_imports_drools() throws IOException {
        assertEquals(List.of(), violations(List.of("domain", "detect", "decide", "learn", "http", "json", "config", "scenario",
                "cli"), List.of("org.kie", "org.drools")));
    }

    @Test
    void http_depends_on_the_core_and_nothing_depends_on_http_but_the_composition_root() throws IOException {
        assertEquals(List.of(), violations(List.of("domain", "detect", "decide", "rules", "json", "config", "scenario",
                "cli"), List.of("io.frontline.http")));
    }

    @Test
    void the_domain_depends_on_nothing_else_of_frontline() throws IOException {
        assertEquals(List.of(), violations(List.of("domain"), List.of("io.frontline.detect", "io.frontline.decide")));
    }

    private static List<String> violations(List<String> packages, List<String> forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = MAIN.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("import ")) {
                            for (String bad : forbidden) {
                                if (line.contains(" " + bad + ".") || line.contains("static " + bad + ".")) {
                                    out.add(f + ": " + line);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
