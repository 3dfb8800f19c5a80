package io.frontline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code BENCHMARKS.md} from what the benchmarks of one {@code bench/run} left in its results directory:
 * the machine, the JVM options, every target with what was measured against it, then each benchmark's table.
 * A benchmark that left nothing is reported as not run.
 */
public final class BenchmarkReport {
    private final Path results;
    private final boolean quick;
    private final StringBuilder md = new StringBuilder();

    private BenchmarkReport(Path results, boolean quick) {
        this.results = results;
        this.quick = quick;
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path out = Path.of(args.length > 1 ? args[1] : "BENCHMARKS.md");
        boolean quick = args.length > 2 && args[2].equals("quick");
        Files.writeString(out, new BenchmarkReport(results, quick).write());
        System.out.println("wrote " + out);
    }

    private JsonNode read(String name) throws IOException {
        Path file = results.resolve(name + ".json");
        return Files.exists(file) ? Json.MAPPER.readTree(file.toFile()) : null;
    }

    private String write() throws IOException {
        JsonNode jmh = read("jmh");
        JsonNode http = read("http");
        JsonNode batch = read("batch");
        JsonNode log = read("review-log");
        JsonNode compile = read("policy-compile");
        JsonNode start = read("start");
        Machine machine = Machine.here();

        line("# frontline benchmarks");
        line("");
        line("Written by `bench/run` on " + LocalDate.now(ZoneOffset.UTC) + ". Every number below comes from that one"
                + " run on this machine; run `bench/run` again to refresh them (about 20 minutes, on an otherwise idle"
                + " machine). The load generator runs on the same machine as the server, as the targets assume.");
        line("");
        if (quick) {
            line("**A quick run (`bench/run --quick`): phases of a few seconds, JIT still warming up. It shows the"
                    + " benchmarks work; its numbers are not measurements.**");
            line("");
        }
        line("| machine | |");
        line("|---|---|");
        line("| CPU | " + machine.cpu() + " |");
        line("| cores | " + machine.cores() + " |");
        line("| memory | " + machine.memory() + " |");
        line("| OS | " + machine.os() + " |");
        line("| JDK | " + machine.jdk() + " |");
        line("| JVM options (`bin/jvm-options`, as `bin/frontline` runs the service) | `" + machine.jvmOptions() + "` |");
        line("");

        line("## Targets");
        line("");
        line("| target | measured | |");
        line("|---|---|---|");
        double starterTx = jmhScore(jmh, "DecisionBenchmark.transaction", "starter");
        double starterContact = jmhScore(jmh, "DecisionBenchmark.contact", "starter");
        double largeTx = jmhScore(jmh, "DecisionBenchmark.transaction", "large");
        if (http != null) {
            double ratio = http.at("/frontline/perSecond").asDouble() / http.at("/echo/perSecond").asDouble();
            target("single-decision HTTP throughput ≥ 70 % of the echo ceiling (review log on)",
                    String.format(Locale.ROOT, "%.0f %% (%,d of %,d req/s)", 100 * ratio,
                            http.at("/frontline/perSecond").asLong(), http.at("/echo/perSecond").asLong()),
                    ratio >= 0.70);
            JsonNode half = http.at("/constantRate/1");
            target("p99 ≤ 3 ms at 50 % of maximum throughput (review log on)",
                    String.format(Locale.ROOT, "%.2f ms at %,d req/s", half.path("p99Ms").asDouble(),
                            half.path("rate").asLong()) + (http.has("echoAtHalf") ? String.format(Locale.ROOT,
                            " (the echo at that rate: %.2f ms)", http.at("/echoAtHalf/p99Ms").asDouble()) : ""),
                    half.path("p99Ms").asDouble() <= 3);
        } else {
            notRun("HTTP throughput and latency targets");
        }
        if (batch != null) {
            target("batch endpoint ≥ 40,000 decisions/s", String.format(Locale.ROOT, "%,d decisions/s",
                    batch.path("decisionsPerSecond").asLong()), batch.path("decisionsPerSecond").asLong() >= 40_000);
        } else {
            notRun("batch endpoint target");
        }
        if (!Double.isNaN(starterTx) && !Double.isNaN(starterContact)) {
            target("in process ≥ 30,000 decisions/s per core, starter policy with detectors",
                    String.format(Locale.ROOT, "%,.0f payments/s, %,.0f contacts/s on one thread", starterTx,
                            starterContact), Math.min(starterTx, starterContact) >= 30_000);
        } else {
            notRun("in-process decision target");
        }
        if (compile != null) {
            long ms = compile.at("/large/coldCompileMs").asLong();
            target("large policy (1,000 DRL rules, 10,000-row table) compiles in ≤ 10 s",
                    String.format(Locale.ROOT, "%.1f s first, %.1f s at best later", ms / 1000.0,
                            compile.at("/large/warmCompileMs").asLong() / 1000.0), ms <= 10_000);
        } else {
            notRun("large-policy compile target");
        }
        double largeContact = jmhScore(jmh, "DecisionBenchmark.contact", "large");
        if (!Double.isNaN(largeTx) && !Double.isNaN(starterTx) && !Double.isNaN(largeContact)) {
            double payments = starterTx / largeTx;
            double contacts = starterContact / largeContact;
            target("large policy decides at ≤ 2× the starter policy's cost",
                    String.format(Locale.ROOT, "%.2f× for payments, %.2f× for contacts", payments, contacts),
                    Math.max(payments, contacts) <= 2);
        } else {
            notRun("large-policy decision target");
        }
        if (http != null) {
            long live = http.path("liveHeapMbAfterLoad").asLong();
            target("steady heap ≤ 512 MB at maximum load",
                    String.format(Locale.ROOT, "heap capped at 512 MB by `-Xmx`; %d MB live after the HTTP load", live),
                    live <= 512);
        }
        if (start != null) {
            long median = start.path("medianMillis").asLong();
            target("start to ready ≤ 5 s", String.format(Locale.ROOT, "%.1f s median, %.1f s slowest of %d",
                    median / 1000.0, start.path("slowestMillis").asLong() / 1000.0, start.path("readyMillis").size()),
                    start.path("slowestMillis").asLong() <= 5_000);
        } else {
            notRun("start-to-ready target");
        }
        if (log != null) {
            target("review log on: throughput ≥ 85 % of the same run with it off",
                    String.format(Locale.ROOT, "%.1f %% (rounds %.1f–%.1f %%, median %.1f %%)",
                            100 * log.path("ratio").asDouble(), 100 * log.path("ratioLowest").asDouble(),
                            100 * log.path("ratioHighest").asDouble(), 100 * log.path("ratioMedian").asDouble()),
                    log.path("ratio").asDouble() >= 0.85);
            target("review log on: p99 rises by ≤ 2 ms", String.format(Locale.ROOT, "%+.2f ms",
                    log.path("p99RiseMs").asDouble()), log.path("p99RiseMs").asDouble() <= 2);
        } else {
            notRun("review-log targets");
        }
        line("");
        line("What stands in the way of each missed target, with the profiles that show it and what was tried: "
                + "[docs/performance.md](docs/performance.md).");
        line("");

        jmhSection(jmh);
        httpSection(http);
        batchSection(batch);
        logSection(log);
        compileSection(compile);
        startSection(start);
        return md.toString();
    }

    private void jmhSection(JsonNode jmh) {
        line("## In process (JMH)");
        line("");
        if (jmh == null) {
            line("Not run.");
            line("");
            return;
        }
        line("One thread, one fork, after warm-up; each call decides one request of the starter policy's scenarios,"
                + " varied (an id of its own, every fifth payment to a payee the large policy watches), each call from"
                + " an account drawn at random from 262,144 with at most 50,000 kept in account memory: the steady state"
                + " of a busy service, about one call in five finding its account's history. `DecisionBenchmark`: the whole decision — detectors, account memory, rules,"
                + " combining; `transactionFromJson` adds reading the request and writing the answer (everything but HTTP"
                + " and the review log). `DetectorBenchmark`: each detector alone. The large policy is the starter policy"
                + " plus 1,000 generated DRL rules and a 10,000-row decision table.");
        line("");
        line("| benchmark | policy | calls/s | ± (99.9 %) | µs per call |");
        line("|---|---|---|---|---|");
        for (JsonNode b : jmh) {
            String name = b.path("benchmark").asText().replace("io.frontline.bench.", "");
            String policy = b.at("/params/policy").asText("—");
            double score = b.at("/primaryMetric/score").asDouble();
            double error = b.at("/primaryMetric/scoreError").asDouble();
            line(String.format(Locale.ROOT, "| `%s` | %s | %,.0f | %,.0f | %.1f |", name, policy, score,
                    Double.isNaN(error) ? 0 : error, 1e6 / score));
        }
        line("");
    }

    private void httpSection(JsonNode http) {
        line("## HTTP: single decisions against the echo ceiling");
        line("");
        if (http == null) {
            line("Not run.");
            line("");
            return;
        }
        line("`HttpCeiling`: a minimal Vert.x JSON echo server (one verticle per core: the most any JSON-over-HTTP"
                + " service can do here) and frontline with its review log on, each in a process of its own with the"
                + " options above, both sent the same varied bodies (the starter scenarios' requests, each with an id of"
                + " its own, accounts from a pool of 5,000). Closed loops of " + http.path("connections").asInt()
                + " connections give each server's maximum; then frontline is driven at a constant 25, 50 and 75 % of"
                + " its maximum, latency counted from when each request was due (coordinated omission counted), and"
                + " the echo at frontline's 50 % rate: the tail that this generator, HTTP and the machine give without"
                + " frontline. "
                + http.path("measureSeconds").asInt() + " s measured per phase, after a warm-up.");
        line("");
        line("| phase | req/s | p50 ms | p99 ms | p99.9 ms | failed |");
        line("|---|---|---|---|---|---|");
        latencyRow("echo ceiling, closed loop", http.path("echo"));
        latencyRow("frontline, closed loop", http.path("frontline"));
        for (JsonNode phase : http.path("constantRate")) {
            latencyRow(String.format(Locale.ROOT, "frontline at %d %% (%,d req/s due)", phase.path("percent").asInt(),
                    phase.path("rate").asLong()), phase);
        }
        JsonNode floor = http.path("echoAtHalf");
        if (!floor.isMissingNode()) {
            latencyRow(String.format(Locale.ROOT, "echo at frontline's 50 %% (%,d req/s due)", floor.path("rate").asLong()),
                    floor);
        }
        line("");
        line(String.format(Locale.ROOT, "frontline's live heap after the load (what a full collection left): %d MB.",
                http.path("liveHeapMbAfterLoad").asLong()));
        line("");
    }

    private void latencyRow(String name, JsonNode r) {
        line(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %d |", name, r.path("perSecond").asLong(),
                r.path("p50Ms").asDouble(), r.path("p99Ms").asDouble(), r.path("p999Ms").asDouble(),
                r.path("failures").asLong()));
    }

    private void batchSection(JsonNode batch) {
        line("## Batch endpoint");
        line("");
        if (batch == null) {
            line("Not run.");
            line("");
            return;
        }
        line(String.format(Locale.ROOT, "`BatchCost`: `POST /v1/transactions/decide-batch` with %d payments per batch"
                        + " over %d connections, review log on, at most %,d accounts kept.", batch.path("batchSize").asInt(),
                batch.path("connections").asInt(), batch.path("maxAccounts").asLong()));
        line("");
        line("| decisions/s | batch p50 ms | batch p99 ms | server CPU µs per decision | failed |");
        line("|---|---|---|---|---|");
        line(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %d |", batch.path("decisionsPerSecond").asLong(),
                batch.path("batchP50Ms").asDouble(), batch.path("batchP99Ms").asDouble(),
                batch.path("cpuMicrosPerDecision").asDouble(), batch.path("failures").asLong()));
        line("");
    }

    private void logSection(JsonNode log) {
        line("## What the review log costs");
        line("");
        if (log == null) {
            line("Not run.");
            line("");
            return;
        }
        int forks = Math.max(1, log.path("forks").asInt(1));
        line(String.format(Locale.ROOT, "`ReviewLogCost`: the same service with decisions recorded and not, each in a"
                + " process of its own, the same closed-loop load in alternating phases, %d rounds%s.",
                log.path("rounds").asInt(), forks == 1 ? "" : " over " + forks + " pairs of processes (each JIT"
                        + " compiles its process's hot paths its own way)"));
        line("");
        line("| review log | req/s | p99 ms | server CPU µs per request |");
        line("|---|---|---|---|");
        line(String.format(Locale.ROOT, "| off | %,d | %.2f | %.0f |", log.path("offPerSecond").asLong(),
                log.path("offP99Ms").asDouble(), log.path("offCpuMicros").asDouble()));
        line(String.format(Locale.ROOT, "| on | %,d | %.2f | %.0f |", log.path("onPerSecond").asLong(),
                log.path("onP99Ms").asDouble(), log.path("onCpuMicros").asDouble()));
        line("");
    }

    private void compileSection(JsonNode compile) {
        line("## Policy compile");
        line("");
        if (compile == null) {
            line("Not run.");
            line("");
            return;
        }
        line("`PolicyCompileCost`: compiling a policy (spreadsheets converted afresh), and the gate a policy passes before"
                + " it serves (compile, then every scenario three times). The first round is a cold JVM.");
        line("");
        line("| policy | rules | compile, first | compile, best later | gate, first | gate, best later |");
        line("|---|---|---|---|---|---|");
        for (String name : List.of("starter", "large")) {
            JsonNode p = compile.path(name);
            line(String.format(Locale.ROOT, "| %s | %,d | %,d ms | %,d ms | %,d ms | %,d ms |", name,
                    p.path("ruleCount").asLong(), p.path("coldCompileMs").asLong(), p.path("warmCompileMs").asLong(),
                    p.path("coldGateMs").asLong(), p.path("warmGateMs").asLong()));
        }
        line("");
    }

    private void startSection(JsonNode start) {
        line("## Start to ready");
        line("");
        if (start == null) {
            line("Not run.");
            line("");
            return;
        }
        List<String> each = new ArrayList<>();
        start.path("readyMillis").forEach(m -> each.add(String.format(Locale.ROOT, "%,d ms", m.asLong())));
        line("`StartCost`: from starting the JVM to serving, on a fresh data directory (policy compiled and gated by"
                + " its scenarios, intel loaded, review log opened): " + String.join(", ", each) + ".");
        line("");
    }

    private static double jmhScore(JsonNode jmh, String benchmark, String policy) {
        if (jmh == null) {
            return Double.NaN;
        }
        for (JsonNode b : jmh) {
            if (b.path("benchmark").asText().endsWith(benchmark) && b.at("/params/policy").asText().equals(policy)) {
                return b.at("/primaryMetric/score").asDouble();
            }
        }
        return Double.NaN;
    }

    private void target(String target, String measured, boolean met) {
        line("| " + target + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
    }

    private void notRun(String what) {
        line("| " + what + " | not run | |");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
