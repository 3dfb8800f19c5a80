package io.frontline.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one policy — rules, decision tables (with the agent scripts) and scenarios — by the name policy
 * staff know each by ({@code rules/transactions.drl}, {@code decision-tables/payment-thresholds.drl.xlsx},
 * {@code scenarios/contacts/benign.json}). Immutable. Only policy files count: a README or an editor's
 * temporary file beside them is neither read nor touched.
 */
public final class PolicyTree {
    /** The three areas of a policy, each a directory. */
    public enum Area {
        RULES("rules"), TABLES("decision-tables"), SCENARIOS("scenarios");

        private final String prefix;

        Area(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** Whether a file of this name belongs to the policy in this area. */
        boolean holds(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (isTemporary(n)) {
                return false;
            }
            return switch (this) {
                case RULES -> n.endsWith(".drl");
                case TABLES -> n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls") || n.endsWith(".drl.csv")
                        || n.equals("agent-scripts.csv");
                case SCENARIOS -> n.endsWith(".json");
            };
        }

        private static boolean isTemporary(String n) {
            return n.startsWith("~$") || n.startsWith(".") || n.endsWith("~") || n.endsWith(".tmp")
                    || n.endsWith(".swp");
        }
    }

    /** Where each area lives on disk. */
    public record Dirs(Path rules, Path tables, Path scenarios) {
        public Path of(Area area) {
            return switch (area) {
                case RULES -> rules;
                case TABLES -> tables;
                case SCENARIOS -> scenarios;
            };
        }
    }

    private final Map<String, byte[]> files;

    private PolicyTree(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static PolicyTree of(Map<String, byte[]> files) {
        files.keySet().forEach(PolicyTree::checkName);
        return new PolicyTree(files);
    }

    /** The policy files under the three directories. */
    public static PolicyTree read(Dirs dirs) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Area area : Area.values()) {
            Path dir = dirs.of(area);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = dir.relativize(p).toString().replace('\\', '/');
                    if (area.holds(p.getFileName().toString()) && !hiddenOnTheWay(relative)) {
                        files.put(area.prefix() + "/" + relative, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the policy in " + dir, e);
            }
        }
        return new PolicyTree(files);
    }

    /**
     * The area a file name belongs to, after checking the name: a relative path under {@code rules/},
     * {@code decision-tables/} or {@code scenarios/}, of a kind that area holds, with no {@code ..}, no empty or
     * hidden part.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Area checkName(String name) {
        for (Area area : Area.values()) {
            if (name.startsWith(area.prefix() + "/")) {
                String relative = name.substring(area.prefix().length() + 1);
                if (relative.isEmpty() || relative.contains("\\") || relative.startsWith("/")
                        || hiddenOnTheWay(relative) || Stream.of(relative.split("/", -1))
                        .anyMatch(part -> part.isEmpty() || part.equals("..") || part.equals("."))) {
                    throw new IllegalArgumentException("\"" + name + "\" is not a plain path inside " + area.prefix()
                            + "/");
                }
                String fileName = relative.substring(relative.lastIndexOf('/') + 1);
                if (!area.holds(fileName)) {
                    throw new IllegalArgumentException("\"" + name + "\" is not a kind of file " + area.prefix()
                            + "/ holds (" + switch (area) {
                                case RULES -> ".drl";
                                case TABLES -> ".drl.xlsx, .drl.xls, .drl.csv or agent-scripts.csv";
                                case SCENARIOS -> ".json";
                            } + ")");
                }
                return area;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not under rules/, decision-tables/ or scenarios/");
    }

    private static boolean hiddenOnTheWay(String relative) {
        return Stream.of(relative.split("/")).anyMatch(part -> part.startsWith("."));
    }

    /** This tree with {@code changed} files added or replaced and {@code removed} ones gone. */
    public PolicyTree with(Map<String, byte[]> changed, java.util.Collection<String> removed) {
        Map<String, byte[]> next = new TreeMap<>(files);
        removed.forEach(name -> {
            checkName(name);
            next.remove(name);
        });
        changed.forEach((name, bytes) -> {
            checkName(name);
            next.put(name, bytes);
        });
        return new PolicyTree(next);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Each file's SHA-256 (hex), by name. */
    public Map<String, String> hashes() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, bytes) -> out.put(name, sha256(bytes)));
        return out;
    }

    /** An id of exactly these files (names and contents, scenarios included). */
    public String id() {
        StringBuilder all = new StringBuilder();
        hashes().forEach((name, sha) -> all.append(name).append('\0').append(sha).append('\n'));
        return "pt-" + sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Writes this tree into {@code dirs}: its files written whole (each through a temporary file and a rename),
     * and every other policy file there removed. Other files are left alone. */
    public void writeTo(Dirs dirs) {
        try {
            PolicyTree before = read(dirs);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                byte[] old = before.files.get(f.getKey());
                if (old != null && java.util.Arrays.equals(old, f.getValue())) {
                    continue;
                }
                Path target = pathOf(dirs, f.getKey());
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.write(temp, f.getValue());
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String name : before.files.keySet()) {
                if (!files.containsKey(name)) {
                    Files.deleteIfExists(pathOf(dirs, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the policy to " + dirs, e);
        }
    }

    private static Path pathOf(Dirs dirs, String name) {
        Area area = checkName(name);
        return dirs.of(area).resolve(name.substring(area.prefix().length() + 1));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyTree t && hashes().equals(t.hashes());
    }

    @Override
    public int hashCode() {
        return hashes().hashCode();
    }
}
