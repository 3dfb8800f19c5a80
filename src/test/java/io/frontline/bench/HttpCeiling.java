package io.frontline.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * frontline's single-decision HTTP throughput against the ceiling of this machine, and its latency under a
 * constant load. Two servers are started, each in a process of its own with the recommended JVM options: a
 * minimal Vert.x JSON echo ({@link EchoServe}: the most any JSON-over-HTTP service can do here) and frontline
 * with its review log on. Both get the same varied bodies, the starter policy's scenario requests each with an
 * id of its own and its account spread over a pool. Closed loops measure each server's maximum; then frontline
 * is driven at a constant 25 %, 50 % and 75 % of its maximum, with latency counted from when each request was due,
 * and the echo at the rate of frontline's 50 %: the tail this generator, HTTP and the machine give by themselves.
 * Settings after the first three arguments go to frontline. Not a test (no timing is ever asserted); run it by
 * hand from the project's directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.frontline.bench.HttpCeiling [measureSeconds=15] [connections=16] [maxAccounts=50000] [key=value...]
 * </pre>
 */
public final class HttpCeiling {
    private static final int ACCOUNTS = 5_000;
    private static final int WARM_UP_SECONDS = 30;

    public static void main(String[] args) throws Exception {
        int measure = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int maxAccounts = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (ScratchDir scratch = ScratchDir.create("ceiling");
             ServedProcess echo = ServedProcess.start(EchoServe.class.getName(), List.of(), scratch.path.resolve("echo.log"));
             ServedProcess frontline = ServedProcess.start(BenchServe.class.getName(),
                     BenchServe.args("recorded", scratch.path, maxAccounts,
                             java.util.Arrays.copyOfRange(args, Math.min(3, args.length), args.length)),
                     scratch.path.resolve("service.log"));
             HttpLoad load = new HttpLoad(vertx, connections)) {
            HttpLoad.Requests requests = HttpLoad.of(ScenarioRequests.templates(scratch.path), ACCOUNTS);
            System.out.printf("%d cores; %d connections, %d s measured per phase after a warm-up%n",
                    Runtime.getRuntime().availableProcessors(), connections, measure);
            HttpLoad.Result ceiling = load.closedLoop(echo.port(), requests, WARM_UP_SECONDS, measure);
            print("echo ceiling", ceiling);
            HttpLoad.Result max = load.closedLoop(frontline.port(), requests, WARM_UP_SECONDS, measure);
            print("frontline", max);
            System.out.printf("frontline / ceiling: %.2f%n", max.perSecond() / ceiling.perSecond());
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("connections", connections);
            results.put("measureSeconds", measure);
            results.put("echo", BenchResults.of(ceiling));
            results.put("frontline", BenchResults.of(max));
            List<Map<String, Object>> loads = new ArrayList<>();
            for (int percent : new int[] {25, 50, 75}) {
                double rate = max.perSecond() * percent / 100;
                HttpLoad.Result at = load.constantRate(frontline.port(), requests, rate, 5, measure);
                print(String.format("at %d %% (%.0f/s)", percent, rate), at);
                Map<String, Object> phase = new LinkedHashMap<>(BenchResults.of(at));
                phase.put("percent", percent);
                phase.put("rate", Math.round(rate));
                loads.add(phase);
            }
            results.put("constantRate", loads);
            // the floor of the tail at the same rate: what this generator, HTTP and the machine add by themselves
            double half = max.perSecond() / 2;
            HttpLoad.Result echoAtHalf = load.constantRate(echo.port(), requests, half, 5, measure);
            print(String.format("echo at %.0f/s", half), echoAtHalf);
            Map<String, Object> floor = new LinkedHashMap<>(BenchResults.of(echoAtHalf));
            floor.put("rate", Math.round(half));
            results.put("echoAtHalf", floor);
            double live = frontline.liveHeapMb();
            System.out.printf("frontline live heap after the load: %.0f MB%n", live);
            results.put("liveHeapMbAfterLoad", Math.round(live));
            results.put("readyMillis", frontline.readyMillis());
            BenchResults.save("http", results);
        } finally {
            vertx.close().await();
        }
    }

    private static void print(String name, HttpLoad.Result r) {
        System.out.printf("%-22s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  failed %d%n", name,
                r.perSecond(), r.millis(50), r.millis(99), r.millis(99.9), r.failures());
    }
}
