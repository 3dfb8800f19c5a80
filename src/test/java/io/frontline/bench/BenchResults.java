package io.frontline.bench;

import io.frontline.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a benchmark leaves its numbers for {@link BenchmarkReport}: {@code <name>.json} in the directory the system
 * property {@code bench.results} names (set by {@code bench/run}); without it, nothing is written.
 */
final class BenchResults {
    private BenchResults() {}

    static void save(String name, Object results) {
        String dir = System.getProperty("bench.results");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".json"),
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(results));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the results of " + name, e);
        }
    }

    /** Throughput and latency of one load phase. */
    static Map<String, Object> of(HttpLoad.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("perSecond", Math.round(r.perSecond()));
        m.put("p50Ms", r.millis(50));
        m.put("p99Ms", r.millis(99));
        m.put("p999Ms", r.millis(99.9));
        m.put("failures", r.failures());
        return m;
    }
}
