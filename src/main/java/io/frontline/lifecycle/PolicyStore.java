package io.frontline.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.RuleProblem;
import io.frontline.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Published policy versions and drafts under {@code data/policy/}: each file's content once, by its SHA-256
 * ({@code blobs/}), every version put into force as one line of {@code versions.jsonl} (appended and synced,
 * never rewritten), and each draft as {@code drafts/<id>.json}. A version or draft names its files by hash, so
 * keeping every version costs only the files that changed.
 */
public final class PolicyStore {
    private final Path dir;
    private final Path blobs;
    private final Path drafts;
    private final Path versionsFile;
    private final List<PolicyVersion> versions = new ArrayList<>();

    private PolicyStore(Path dir) throws IOException {
        this.dir = dir;
        this.blobs = dir.resolve("blobs");
        this.drafts = dir.resolve("drafts");
        this.versionsFile = dir.resolve("versions.jsonl");
        Files.createDirectories(blobs);
        Files.createDirectories(drafts);
        if (Files.exists(versionsFile)) {
            cutTornLine(versionsFile);
            int line = 0;
            for (String text : Files.readAllLines(versionsFile, StandardCharsets.UTF_8)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    versions.add(readVersion(Json.MAPPER.readTree(text)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException(versionsFile + " line " + line + " is unreadable: " + e.getMessage(),
                            e);
                }
            }
        }
    }

    /** Cuts a last line a crash left without its newline: that version was never recorded. */
    private static void cutTornLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                c.truncate(end);
                c.force(true);
            }
        }
    }

    /** Opens (or creates) the store in {@code dir}. */
    public static PolicyStore open(Path dir) {
        try {
            return new PolicyStore(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the policy store in " + dir, e);
        }
    }

    /** Every version put into force, oldest first. */
    public synchronized List<PolicyVersion> all() {
        return List.copyOf(versions);
    }

    /** Records a version put into force, keeping its files; the line is synced before this returns. */
    public synchronized void add(PolicyVersion version, PolicyTree tree) {
        keep(tree);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("version", version.version()).put("publishedAt", version.publishedAt().toString())
                .put("by", version.by()).put("reason", version.reason()).put("source", version.source());
        if (version.draftId() != null) {
            o.put("draftId", version.draftId());
        }
        o.set("files", Json.MAPPER.valueToTree(version.files()));
        byte[] line = (o + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(versionsFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            c.write(java.nio.ByteBuffer.wrap(line));
            c.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record policy version " + version.version() + " in " + versionsFile, e);
        }
        versions.add(version);
    }

    /** The files a version or draft names, read back. */
    public PolicyTree tree(Map<String, String> files) {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((name, sha) -> {
            try {
                out.put(name, Files.readAllBytes(blobs.resolve(sha)));
            } catch (IOException e) {
                throw new UncheckedIOException("the policy store lacks " + name + " (" + sha + ")", e);
            }
        });
        return PolicyTree.of(out);
    }

    /** The version put into force last. */
    public synchronized Optional<PolicyVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Keeps a draft and its files. */
    public synchronized void saveDraft(PolicyDraft draft, PolicyTree tree) {
        keep(tree);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("draftId", draft.id()).put("createdAt", draft.createdAt().toString()).put("by", draft.by())
                .put("basedOn", draft.basedOn()).put("baseTree", draft.baseTree()).put("version", draft.version())
                .put("valid", draft.valid());
        o.set("files", Json.MAPPER.valueToTree(draft.files()));
        var problems = o.putArray("problems");
        for (RuleProblem p : draft.problems()) {
            problems.addObject().put("file", p.file()).put("line", p.line()).put("cell", p.cell())
                    .put("severity", p.severity()).put("message", p.message());
        }
        o.set("changes", Json.MAPPER.valueToTree(draft.changes()));
        write(drafts.resolve(draft.id() + ".json"), o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A draft by id; empty for an id that is not one ({@code dft-} and letters or digits). */
    public synchronized Optional<PolicyDraft> draft(String id) {
        if (!id.matches("dft-[0-9a-z]{1,40}")) {
            return Optional.empty();
        }
        Path file = drafts.resolve(id + ".json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode o = Json.MAPPER.readTree(file.toFile());
            List<RuleProblem> problems = new ArrayList<>();
            for (JsonNode p : o.path("problems")) {
                problems.add(new RuleProblem(p.path("file").asText(), p.path("line").asInt(),
                        p.path("cell").isNull() ? null : p.path("cell").asText(), p.path("severity").asText(),
                        p.path("message").asText()));
            }
            JsonNode c = o.path("changes");
            return Optional.of(new PolicyDraft(o.path("draftId").asText(), Instant.parse(o.path("createdAt").asText()),
                    o.path("by").asText(), text(o.path("basedOn")), text(o.path("baseTree")), text(o.path("version")),
                    o.path("valid").asBoolean(),
                    names(o.path("files")), problems, new PolicyDraft.Changes(strings(c.path("added")),
                    strings(c.path("changed")), strings(c.path("removed")))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read draft " + file, e);
        }
    }

    private void keep(PolicyTree tree) {
        tree.hashes().forEach((name, sha) -> {
            Path blob = blobs.resolve(sha);
            if (!Files.exists(blob)) {
                write(blob, tree.files().get(name));
            }
        });
    }

    /** Writes a file whole: through a temporary file, synced, then renamed. */
    private void write(Path file, byte[] bytes) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(java.nio.ByteBuffer.wrap(bytes));
            c.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp, e);
        }
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        syncDirectory(file.getParent());
    }

    /** Makes a rename durable; a file system that cannot sync a directory is left as it is. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file itself was synced before the rename
        }
    }

    private static PolicyVersion readVersion(JsonNode o) {
        return new PolicyVersion(o.path("version").asText(), Instant.parse(o.path("publishedAt").asText()),
                o.path("by").asText(), o.path("reason").asText(), o.path("source").asText(),
                text(o.path("draftId")), names(o.path("files")));
    }

    private static Map<String, String> names(JsonNode files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    public String toString() {
        return "policy store in " + dir;
    }
}
