package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.WireEnum;
import io.frontline.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API keys, kept only as SHA-256 hashes in {@code <data>/api-keys.json}. Keys are 192 random bits, so a plain
 * hash is enough to make a stolen key file useless. On first start with no key file, one key per role is
 * generated and written once, in the clear, to {@code <data>/initial-api-keys.json} (owner-only).
 */
public final class ApiKeyStore {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyStore.class);
    static final String KEY_FILE = "api-keys.json";
    public static final String INITIAL_FILE = "initial-api-keys.json";

    /** A known key: its id (safe to log) and its role. */
    public record ApiKey(String id, Role role) {}

    private final Map<String, ApiKey> byHash;

    private ApiKeyStore(Map<String, ApiKey> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 256) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256(presented)));
    }

    public int size() {
        return byHash.size();
    }

    /** Loads the key file in {@code dataDir}, creating one key per role first if there is none. */
    public static ApiKeyStore openOrInitialize(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            initialize(dataDir);
        }
        return load(file);
    }

    static ApiKeyStore load(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, ApiKey> byHash = new HashMap<>();
        for (JsonNode k : root.path("keys")) {
            Role role = WireEnum.parse(Role.class, k.path("role").asText())
                    .orElseThrow(() -> new IllegalStateException(file + ": unknown role '" + k.path("role").asText() + "'"));
            String hash = k.path("sha256").asText();
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException(file + ": key " + k.path("id").asText() + " has no valid sha256");
            }
            byHash.put(hash, new ApiKey(k.path("id").asText(), role));
        }
        if (byHash.isEmpty()) {
            throw new IllegalStateException(file + " holds no keys");
        }
        return new ApiKeyStore(byHash);
    }

    private static void initialize(Path dataDir) {
        SecureRandom random = new SecureRandom();
        ObjectNode stored = Json.MAPPER.createObjectNode();
        ArrayNode keys = stored.putArray("keys");
        Map<String, String> initial = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            String key = "fl_" + role.wire().replace("-", "") + "_"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            initial.put(role.wire(), key);
            keys.addObject().put("id", role.wire() + "-initial").put("role", role.wire()).put("sha256", sha256(key))
                    .put("createdAt", Instant.now().toString());
        }
        try {
            writeOwnerOnly(dataDir.resolve(INITIAL_FILE), Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(initial));
            writeOwnerOnly(dataDir.resolve(KEY_FILE), Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API keys to " + dataDir, e);
        }
        log.info("first start: generated one API key per role in {} (readable by this user only); "
                + "hand them out and delete the file", dataDir.resolve(INITIAL_FILE).toAbsolutePath());
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        io.frontline.store.OwnerOnlyFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
