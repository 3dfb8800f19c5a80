package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.detect.IntelLists;
import io.frontline.detect.ListOverlayStore;
import io.frontline.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps the API's changes to each intel list in {@code <data>/lists/<list>.json}: entries added and
 * baseline values removed. Each save writes a new file, syncs it to disk and renames it over the old one, so a
 * crash leaves either the old or the new state, never half of one.
 */
public final class FileListOverlayStore implements ListOverlayStore {
    private final Path dir;

    public FileListOverlayStore(Path dataDir) {
        this.dir = dataDir.resolve("lists");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    @Override
    public IntelLists.Overlay load(String list) {
        Path file = dir.resolve(list + ".json");
        IntelLists.Overlay overlay = IntelLists.Overlay.empty();
        if (!Files.exists(file)) {
            return overlay;
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list changes in " + file, e);
        }
        for (JsonNode e : root.path("added")) {
            String value = e.path("value").asText();
            Instant expires = e.hasNonNull("expiresAt") ? Instant.parse(e.get("expiresAt").asText()) : null;
            overlay.added().put(value, new IntelLists.Entry(value, e.path("reason").asText(""),
                    e.path("source").asText(""), expires));
        }
        root.path("removed").forEach(v -> overlay.removed().add(v.asText()));
        return overlay;
    }

    @Override
    public void save(String list, IntelLists.Overlay overlay) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode added = root.putArray("added");
        overlay.added().values().forEach(e -> {
            ObjectNode n = added.addObject().put("value", e.value()).put("reason", e.reason()).put("source", e.source());
            if (e.expiresAt() != null) {
                n.put("expiresAt", e.expiresAt().toString());
            }
        });
        ArrayNode removed = root.putArray("removed");
        overlay.removed().forEach(removed::add);
        Path file = dir.resolve(list + ".json");
        Path tmp = dir.resolve(list + ".json.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(root.toPrettyString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list changes to " + tmp, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            } catch (IOException ignored) {
                // some file systems cannot sync a directory; the rename itself is atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }
}
