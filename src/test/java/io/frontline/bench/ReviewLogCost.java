package io.frontline.bench;

import io.frontline.support.StarterPolicy;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * log's writer, garbage collection, the JIT) with its kernel time beside it. Not a test (no timing is ever
 * asserted); run it by hand from the project's directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.frontline.bench.ReviewLogCost [rounds=4] [warmupSeconds=3] [measureSeconds=10] [connections=16]
 * </pre>
 */
public final class ReviewLogCost {
    private static final int WARM_UP_SECONDS = 30;
    private static final int ACCOUNTS = 5_000;
    private static final int MAX_ACCOUNTS = 50_000;
    private static final AtomicLong IDS = new AtomicLong();


    /** One measured phase. */
    private record Phase(String name, double perSecond, Histogram latency, double cpuMicros, long failures,
                         Map<String, Double> threadMicros) {
        /** What the loops of a phase record as they go. */
        static final class Meter {
            final Recorder latency = new Recorder(3);
            final AtomicLong failures = new AtomicLong();
            final AtomicBoolean stop = new AtomicBoolean();
        }

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

        Path offData = Files.createTempDirectory("frontline-bench-off");
        Path onData = Files.createTempDirectory("frontline-bench-on");
        Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (ServedProcess off = ServedProcess.start(BenchServe.class.getName(), serveArgs("unrecorded", offData),
                offData.resolve("service.log"));
             ServedProcess on = ServedProcess.start(BenchServe.class.getName(), serveArgs("recorded", onData),
                     onData.resolve("service.log"))) {
            Load load = new Load(clientVertx, connections);
            List<ScenarioRequests.Template> offRequests = ScenarioRequests.templates(offData);
            List<ScenarioRequests.Template> onRequests = ScenarioRequests.templates(onData);
            System.out.printf("%d cores, load average %s; %d connections, %d distinct requests, %d s warm-up + %d s"
                            + " measured per phase, %d rounds after one warm-up round%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage(), connections, onRequests.size(),
                    warmup, measure, rounds);
            List<Phase> offs = new ArrayList<>();
            List<Phase> ons = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                boolean offFirst = round % 2 == 0;
                int settle = round == 0 ? WARM_UP_SECONDS : warmup;
                Phase a = offFirst ? load.run("off", off, offRequests, settle, measure)
                        : load.run("on", on, onRequests, settle, measure);
                Phase b = offFirst ? load.run("on", on, onRequests, settle, measure)
                        : load.run("off", off, offRequests, settle, measure);
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
            summarize(offs, ons);
            load.close().await();
        } finally {
            clientVertx.close().await();
            delete(offData);
            delete(onData);
        }
    }

    private static void summarize(List<Phase> offs, List<Phase> ons) {
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
        System.out.printf("on/off   throughput %.2f (rounds %.2f to %.2f, median %.2f); p99 %+.2f ms (rounds %+.2f to"
                        + " %+.2f)%n", on.perSecond / off.perSecond, ratios[0], ratios[ratios.length - 1],
                median(ratios), on.millis(99) - off.millis(99), p99Rises[0], p99Rises[p99Rises.length - 1]);
    }

    /**
     * The load: closed loops on one client event loop. Every request is made on that loop's context, where its
     * connection lives (a response read on another thread can lose its end and never complete).
     */
    private static final class Load {
        private final HttpClientAgent client;
        private final Context context;
        private final int connections;

        Load(Vertx vertx, int connections) {
            this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                    new PoolOptions().setHttp1MaxSize(connections));
            this.context = vertx.getOrCreateContext();
            this.connections = connections;
        }

        /** Runs the loops for the warm-up, then measures them, then lets the requests in flight finish. */
        Phase run(String name, ServedProcess served, List<ScenarioRequests.Template> requests, int warmupSeconds,
                  int measureSeconds)
                throws InterruptedException {
            Phase.Meter meter = new Phase.Meter();
            CountDownLatch stopped = new CountDownLatch(connections);
            for (int c = 0; c < connections; c++) {
                context.runOnContext(v -> loop(served.port(), requests, meter, stopped));
            }
            Thread.sleep(warmupSeconds * 1000L);
            meter.latency.reset();
            meter.failures.set(0);
            long start = System.nanoTime();
            ServedProcess.Cpu cpuStart = served.cpu();
            Thread.sleep(measureSeconds * 1000L);
            Histogram latency = meter.latency.getIntervalHistogram();
            long elapsed = System.nanoTime() - start;
            ServedProcess.Cpu cpuEnd = served.cpu();
            long failures = meter.failures.get();
            meter.stop.set(true);
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("requests still outstanding 30 s after the phase ended");
            }
            long answered = latency.getTotalCount();
            return new Phase(name, answered / (elapsed / 1e9), latency,
                    (cpuEnd.totalMicros() - cpuStart.totalMicros()) / answered, failures,
                    cpuEnd.perRequestSince(cpuStart, answered));
        }

        private void loop(int port, List<ScenarioRequests.Template> requests, Phase.Meter meter, CountDownLatch stopped) {
            if (meter.stop.get()) {
                stopped.countDown();
                return;
            }
            long n = IDS.incrementAndGet();
            ScenarioRequests.Template t = requests.get((int) (n % requests.size()));
            Buffer body = Buffer.buffer(t.body(n, ACCOUNTS));
            long start = System.nanoTime();
            client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                            .setURI(t.path()).putHeader("Authorization", "Bearer " + t.key())
                            .putHeader("Content-Type", "application/json").setIdleTimeout(10_000))
                    .compose(request -> request.send(body))
                    .compose(response -> response.body().map(b -> response.statusCode()))
                    .onComplete(done -> {
                        if (done.succeeded() && done.result() == 200) {
                            meter.latency.recordValue(System.nanoTime() - start);
                        } else if (meter.failures.getAndIncrement() == 0) {
                            System.out.println("  first failure: "
                                    + (done.succeeded() ? "status " + done.result() : done.cause()));
                        }
                        loop(port, requests, meter, stopped);
                    });
        }

        Future<Void> close() {
            return client.close();
        }
    }

    private static List<String> serveArgs(String mode, Path data) {
        return List.of(mode, "http.port=0", "paths.rules=" + StarterPolicy.RULES, "paths.tables=" + StarterPolicy.TABLES,
                "paths.intel=" + StarterPolicy.INTEL, "paths.scenarios=" + StarterPolicy.SCENARIOS,
                "paths.data=" + data,
                // the load comes from one key per role: no rate limit may stand in for the cost measured
                "http.rateLimitPerSecond=10000000", "http.rateLimitBurst=10000000",
                // the requests spread over about a million accounts: both services keep the most recent 50,000,
                // so they run in their steady state (account memory full, no growth) from the warm-up on
                "detectors.maxAccounts=" + MAX_ACCOUNTS);
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

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
