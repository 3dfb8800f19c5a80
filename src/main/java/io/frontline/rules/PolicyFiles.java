package io.frontline.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the policy files under the rules and decision-table directories, skipping editors' temporary files. */
final class PolicyFiles {
    static final String SCRIPTS_FILE = "agent-scripts.csv";

    /** A policy file: where it is, and the path policy staff know it by ({@code rules/x.drl}). */
    record PolicyFile(Path path, String name, Kind kind) {}

    enum Kind { DRL, XLS_TABLE, CSV_TABLE, SCRIPTS }

    private PolicyFiles() {}

    static List<PolicyFile> find(Path rulesDir, Path tablesDir) {
        List<PolicyFile> files = new ArrayList<>();
        for (Path p : walk(rulesDir)) {
            if (lower(p).endsWith(".drl")) {
                files.add(new PolicyFile(p, name(rulesDir, p), Kind.DRL));
            }
        }
        for (Path p : walk(tablesDir)) {
            String n = lower(p);
            if (n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls")) {
                files.add(new PolicyFile(p, name(tablesDir, p), Kind.XLS_TABLE));
            } else if (n.endsWith(".drl.csv")) {
                files.add(new PolicyFile(p, name(tablesDir, p), Kind.CSV_TABLE));
            } else if (n.equals(SCRIPTS_FILE)) {
                files.add(new PolicyFile(p, name(tablesDir, p), Kind.SCRIPTS));
            }
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return files;
    }

    private static List<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).filter(p -> !isTemporary(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("~$") || n.startsWith(".~lock") || n.startsWith(".") || n.endsWith("~")
                || n.endsWith(".tmp") || n.endsWith(".swp");
    }

    private static String name(Path root, Path p) {
        String base = root.toAbsolutePath().normalize().getFileName().toString();
        return base + "/" + root.relativize(p).toString().replace('\\', '/');
    }

    private static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
