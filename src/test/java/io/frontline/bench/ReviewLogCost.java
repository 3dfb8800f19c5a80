package io.frontline.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.HdrHistogram.Histogram;



import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the review log costs over HTTP: the real service started twice, each in a process of its own with the JVM
 * options the README recommends, once recording every decision in its review log (as it always does) and once
 * recording nothing, each driven from this process by the same closed-loop load — a fixed number of connections,
 * each sending the next decision request as soon as the last one is answered. The requests are the scenario
 * requests, each sent with a new transaction or contact id and its account spread over a pool of accounts. The
 * rounds alternate (off-on, on-off, ...) so that drift in the machine's load falls on both alike. The first round
 * only warms up, {@value #WARM_UP_SECONDS} s each: the JIT compiles the hot paths (Drools, Jackson, Netty) for about
 * that long. Besides requests per second and latency, each phase reports the CPU time the measured process spent
 * per request, which the machine's other load disturbs less, split by group of threads (event loops, the review
 * log's writer, garbage collection, the JIT) with its kernel time beside it. With {@code forks} above 1 the whole
 * comparison runs that many times, each with a new pair of processes, and the summary pools the rounds of all. Not a
 * test (no timing is ever asserted); run it by hand from the project's directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.frontline.bench.ReviewLogCost [rounds=4] [warmupSeconds=3] [measureSeconds=10] [connections=16] [forks=1]
 * </pre>
 */
public final class ReviewLogCost {
    private static final int WARM_UP_SECONDS = 30;
    private static final int ACCOUNTS = 5_000;
    private static final int MAX_ACCOUNTS = 50_000;

    /** One measured phase. */
    private record Phase(String name, double perSecond, Histogram latency, double cpuMicros, long failures,
                         Map<String, Double> threadMicros) {
        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e6;
        }

        @Override
        public String toString() {
            StringBuilder threads = new StringBuilder();
            threadMicros.forEach((group, micros) -> threads.append(String.format("  %s %.0f", group, micros)));
            return String.format("%-3s %7.0f req/s  p50 %5.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  cpu %4.0f us/req"
                    + "  failed %d%n             threads (us/req):%s", name, perSecond, millis(50), millis(99),
                    millis(99.9), cpuMicros, failures, threads);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int measure = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int forks = args.length > 4 ? Integer.parseInt(args[4]) : 1;

        Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        List<Phase> offs = new ArrayList<>();
        List<Phase> ons = new ArrayList<>();
        try (HttpLoad load = new HttpLoad(clientVertx, connections)) {
            for (int fork = 1; fork <= forks; fork++) {
                System.out.printf("%s%d cores, load average %s; %d connections, %d s warm-up + %d s measured per"
                                + " phase, %d rounds after one warm-up round%n", forks > 1 ? "fork " + fork + " of "
                                + forks + ": " : "", Runtime.getRuntime().availableProcessors(), loadAverage(),
                        connections, warmup, measure, rounds);
                measurePair(load, rounds, warmup, measure, offs, ons);
            }
            summarize(offs, ons, forks);
        } finally {
            clientVertx.close().await();
        }
    }

    /**
     * Starts one pair of processes, off and on, and measures them in alternating rounds. Each JIT compiles a
     * process's hot paths its own way: two processes both recording nothing have measured as much as 10 % apart in
     * one round (and 5 % over three), so a run can measure several pairs ({@code forks}) and pool their rounds.
     */
    private static void measurePair(HttpLoad load, int rounds, int warmup, int measure, List<Phase> offs,
                                    List<Phase> ons) throws Exception {
        // the requests spread over about a million accounts: both services keep the most recent 50,000, so they
        // run in their steady state (account memory full, no growth) from the warm-up on
        try (ScratchDir offDir = ScratchDir.create("off");
             ScratchDir onDir = ScratchDir.create("on");
             ServedProcess off = ServedProcess.start(BenchServe.class.getName(),
                BenchServe.args("unrecorded", offDir.path, MAX_ACCOUNTS), offDir.path.resolve("service.log"));
             ServedProcess on = ServedProcess.start(BenchServe.class.getName(),
                     BenchServe.args("recorded", onDir.path, MAX_ACCOUNTS), onDir.path.resolve("service.log"))) {
            HttpLoad.Requests offRequests = HttpLoad.of(ScenarioRequests.templates(offDir.path), ACCOUNTS);
            HttpLoad.Requests onRequests = HttpLoad.of(ScenarioRequests.templates(onDir.path), ACCOUNTS);
            for (int round = 0; round <= rounds; round++) {
                boolean offFirst = round % 2 == 0;
                int settle = round == 0 ? WARM_UP_SECONDS : warmup;
                Phase a = offFirst ? run(load, "off", off, offRequests, settle, measure)
                        : run(load, "on", on, onRequests, settle, measure);
                Phase b = offFirst ? run(load, "on", on, onRequests, settle, measure)
                        : run(load, "off", off, offRequests, settle, measure);
                Phase offPhase = offFirst ? a : b;
                Phase onPhase = offFirst ? b : a;
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf("%-8s %s%n         %s%n         on/off %.2f  p99 %+.2f ms  cpu %+.0f us/req   (load"
                                + " average %s)%n", label, a, b, onPhase.perSecond / offPhase.perSecond,
                        onPhase.millis(99) - offPhase.millis(99), onPhase.cpuMicros - offPhase.cpuMicros, loadAverage());
                if (round > 0) {
                    offs.add(offPhase);
                    ons.add(onPhase);
                }
            }
        }
    }

    private static void summarize(List<Phase> offs, List<Phase> ons, int forks) {
        double[] ratios = new double[offs.size()];
        double[] p99Rises = new double[offs.size()];
        Histogram offAll = new Histogram(3);
        Histogram onAll = new Histogram(3);
        for (int i = 0; i < offs.size(); i++) {
            ratios[i] = ons.get(i).perSecond / offs.get(i).perSecond;
            p99Rises[i] = ons.get(i).millis(99) - offs.get(i).millis(99);
            offAll.add(offs.get(i).latency);
            onAll.add(ons.get(i).latency);
        }
        Arrays.sort(ratios);
        Arrays.sort(p99Rises);
        Phase off = new Phase("off", offs.stream().mapToDouble(Phase::perSecond).average().orElse(0), offAll,
                offs.stream().mapToDouble(Phase::cpuMicros).average().orElse(0),
                offs.stream().mapToLong(Phase::failures).sum(), Map.of());
        Phase on = new Phase("on", ons.stream().mapToDouble(Phase::perSecond).average().orElse(0), onAll,
                ons.stream().mapToDouble(Phase::cpuMicros).average().orElse(0),
                ons.stream().mapToLong(Phase::failures).sum(), Map.of());
        System.out.printf("all      %s%n         %s%n", off, on);
        System.out.printf("on/off   throughput %.2f (%d rounds of %d pairs of processes: %.2f to %.2f, median %.2f);"
                        + " p99 %+.2f ms (rounds %+.2f to %+.2f)%n", on.perSecond / off.perSecond, offs.size(), forks,
                ratios[0], ratios[ratios.length - 1],
                median(ratios), on.millis(99) - off.millis(99), p99Rises[0], p99Rises[p99Rises.length - 1]);
        Map<String, Object> results = new java.util.LinkedHashMap<>();
        results.put("rounds", offs.size());
        results.put("forks", forks);
        results.put("offPerSecond", Math.round(off.perSecond));
        results.put("onPerSecond", Math.round(on.perSecond));
        results.put("ratio", on.perSecond / off.perSecond);
        results.put("ratioLowest", ratios[0]);
        results.put("ratioHighest", ratios[ratios.length - 1]);
        results.put("ratioMedian", median(ratios));
        results.put("offP99Ms", off.millis(99));
        results.put("onP99Ms", on.millis(99));
        results.put("p99RiseMs", on.millis(99) - off.millis(99));
        results.put("offCpuMicros", off.cpuMicros);
        results.put("onCpuMicros", on.cpuMicros);
        BenchResults.save("review-log", results);
    }

    /** One phase: the loops warmed up, then measured with the served process's CPU time read alongside. */
    private static Phase run(HttpLoad load, String name, ServedProcess served, HttpLoad.Requests requests,
                             int warmupSeconds, int measureSeconds) throws InterruptedException {
        ServedProcess.Cpu[] cpu = new ServedProcess.Cpu[2];
        HttpLoad.Result r = load.closedLoop(served.port(), requests, warmupSeconds, measureSeconds,
                new HttpLoad.Watch() {
                    @Override
                    public void begin() {
                        cpu[0] = served.cpu();
                    }

                    @Override
                    public void end() {
                        cpu[1] = served.cpu();
                    }
                });
        long answered = r.latency().getTotalCount();
        return new Phase(name, r.perSecond(), r.latency(), (cpu[1].totalMicros() - cpu[0].totalMicros()) / answered,
                r.failures(), cpu[1].perRequestSince(cpu[0], answered));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

}
