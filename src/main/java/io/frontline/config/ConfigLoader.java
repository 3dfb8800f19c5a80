package io.frontline.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the configuration from, in rising precedence: the defaults, a JSON config file, environment variables
 * ({@code FRONTLINE_HTTP_PORT} for {@code http.port}) and command-line overrides. Unknown keys and bad values
 * fail at start with the key, the value and what was expected.
 */
public final class ConfigLoader {
    /** Every key with its default value. */
    public static final Map<String, String> DEFAULTS = defaults();

    private ConfigLoader() {}

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("http.host", "0.0.0.0");
        d.put("http.port", "8080");
        d.put("http.instances", String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors())));
        d.put("http.bodyLimitBytes", String.valueOf(256 * 1024));
        d.put("http.rateLimitPerSecond", "20000");
        d.put("http.rateLimitBurst", "40000");
        d.put("http.idempotencyCapacity", "20000");
        d.put("http.idempotencyMemoryMb", "64");
        d.put("paths.rules", "rules");
        d.put("paths.tables", "decision-tables");
        d.put("paths.intel", "intel");
        d.put("paths.scenarios", "scenarios");
        d.put("paths.data", "data");
        d.put("detectors.elderlyAge", "60");
        d.put("detectors.zone", "Asia/Shanghai");
        d.put("detectors.unusualAmountFactor", "5");
        d.put("detectors.maxAccounts", "200000");
        d.put("detectors.clockToleranceMinutes", "15");
        d.put("review.strict", "false");
        d.put("policy.watch", "true");
        d.put("policy.reloadQuietMillis", "300");
        d.put("policy.fourEyes", "true");
        d.put("review.syncIntervalMillis", "20");
        d.put("review.retentionDays", "365");
        d.put("review.keepFacts", "false");
        d.put("review.segmentMegabytes", "64");
        return Map.copyOf(d);
    }

    /** The environment variable for a key: {@code http.bodyLimitBytes} is {@code FRONTLINE_HTTP_BODY_LIMIT_BYTES}. */
    public static String envName(String key) {
        return "FRONTLINE_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    public static FrontlineConfig load(Path configFile, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        if (configFile != null) {
            values.putAll(readFile(configFile));
        }
        for (String key : DEFAULTS.keySet()) {
            String v = env.get(envName(key));
            if (v != null && !v.isBlank()) {
                values.put(key, v.strip());
            }
        }
        overrides.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return build(values);
    }

    private static FrontlineConfig build(Map<String, String> v) {
        FrontlineConfig.Http http = new FrontlineConfig.Http(
                nonBlank(v, "http.host"),
                integer(v, "http.port", 0, 65535),
                integer(v, "http.instances", 1, 64),
                integer(v, "http.bodyLimitBytes", 1024, 16 * 1024 * 1024),
                integer(v, "http.rateLimitPerSecond", 1, 10_000_000),
                integer(v, "http.rateLimitBurst", 1, 10_000_000),
                integer(v, "http.idempotencyCapacity", 0, 10_000_000),
                integer(v, "http.idempotencyMemoryMb", 1, answerMemoryLimitMb()));
        FrontlineConfig.Paths paths = new FrontlineConfig.Paths(
                directory(v, "paths.rules"), directory(v, "paths.tables"), directory(v, "paths.intel"),
                Path.of(nonBlank(v, "paths.scenarios")), Path.of(nonBlank(v, "paths.data")));
        FrontlineConfig.Detectors detectors = new FrontlineConfig.Detectors(
                integer(v, "detectors.elderlyAge", 40, 120),
                zone(v, "detectors.zone"),
                integer(v, "detectors.unusualAmountFactor", 2, 1000),
                integer(v, "detectors.maxAccounts", 1, 100_000_000),
                integer(v, "detectors.clockToleranceMinutes", 0, 24 * 60));
        FrontlineConfig.Review review = new FrontlineConfig.Review(bool(v, "review.strict"),
                integer(v, "review.syncIntervalMillis", 1, 60_000), integer(v, "review.retentionDays", 1, 36_500),
                integer(v, "review.segmentMegabytes", 1, 4_096), bool(v, "review.keepFacts"));
        FrontlineConfig.Policy policy = new FrontlineConfig.Policy(bool(v, "policy.watch"),
                integer(v, "policy.reloadQuietMillis", 50, 60_000), bool(v, "policy.fourEyes"));
        return new FrontlineConfig(http, paths, detectors, review, policy);
    }

    private static Map<String, String> readFile(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read as JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("config file " + file + " must hold a JSON object such as {\"http\": {\"port\": 8080}}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", root, values, file);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path file) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            if (f.getValue().isObject()) {
                flatten(key, f.getValue(), out, file);
            } else if (!DEFAULTS.containsKey(key)) {
                throw new ConfigException("config file " + file + ": unknown key '" + key + "'; known keys: "
                        + String.join(", ", DEFAULTS.keySet()));
            } else {
                out.put(key, f.getValue().asText());
            }
        }
    }

    private static String nonBlank(Map<String, String> v, String key) {
        String s = v.get(key);
        if (s == null || s.isBlank()) {
            throw new ConfigException(key + " (" + envName(key) + ") must not be empty");
        }
        return s.strip();
    }

    private static boolean bool(Map<String, String> v, String key) {
        String value = nonBlank(v, key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException(key + " (" + envName(key) + ") is '" + value + "': expected true or false");
        }
        return Boolean.parseBoolean(value);
    }

    /**
     * The most memory the recent answers may take outside the heap: half of what the JVM allows for direct
     * buffers ({@code -XX:MaxDirectMemorySize}, or else as much as the heap), leaving the rest to the network.
     */
    static int answerMemoryLimitMb() {
        long limit = Runtime.getRuntime().maxMemory();
        try {
            String set = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("MaxDirectMemorySize").getValue();
            if (Long.parseLong(set) > 0) {
                limit = Long.parseLong(set);
            }
        } catch (RuntimeException e) {
            // not HotSpot: the heap's size stands in, as it does by default
        }
        return (int) Math.max(1, Math.min(2047, limit / 2 / (1024 * 1024)));
    }

    private static int integer(Map<String, String> v, String key, int min, int max) {
        String s = nonBlank(v, key);
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " (" + envName(key) + ") is '" + s + "': expected a whole number between "
                    + min + " and " + max);
        }
        if (n < min || n > max) {
            throw new ConfigException(key + " (" + envName(key) + ") is " + n + ": expected between " + min + " and " + max);
        }
        return n;
    }

    private static Path directory(Map<String, String> v, String key) {
        Path p = Path.of(nonBlank(v, key));
        if (!Files.isDirectory(p)) {
            throw new ConfigException(key + " (" + envName(key) + ") is '" + p + "': no such directory (working directory "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return p;
    }

    private static ZoneId zone(Map<String, String> v, String key) {
        String s = nonBlank(v, key);
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw new ConfigException(key + " (" + envName(key) + ") is '" + s + "': expected a time zone such as Asia/Shanghai");
        }
    }
}
