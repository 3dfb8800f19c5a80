package io.frontline.bench;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decisions per second through {@code POST /v1/transactions/decide-batch}: the service started in a process of
 * its own with the recommended JVM options and its review log on, driven by a few connections each sending the
 * next batch as soon as the last is answered. Every batch holds the starter policy's payment scenarios, each with
 * an id of its own and its account spread over a pool of about 350,000; the service keeps the most recent 50,000
 * by default (its account memory full, in its steady state, from the warm-up on). Not a test (no timing is ever asserted); run it by hand
 * from the project's directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.frontline.bench.BatchCost [batchSize=100] [connections=4] [warmupSeconds=30] [measureSeconds=20] \
 *      [maxAccounts=50000]
 * </pre>
 */
public final class BatchCost {
    private static final int ACCOUNTS = 5_000;
    private static final AtomicLong IDS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int measure = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int maxAccounts = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (ScratchDir scratch = ScratchDir.create("batch");
             ServedProcess served = ServedProcess.start(BenchServe.class.getName(),
                BenchServe.args("recorded", scratch.path, maxAccounts, "http.bodyLimitBytes=4194304"),
                scratch.path.resolve("service.log"))) {
            List<ScenarioRequests.Template> payments = ScenarioRequests.templates(scratch.path).stream()
                    .filter(ScenarioRequests.Template::transaction).toList();
            HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                    new PoolOptions().setHttp1MaxSize(connections));
            Recorder latency = new Recorder(3);
            AtomicLong decided = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch stopped = new CountDownLatch(connections);
            var context = vertx.getOrCreateContext();
            for (int c = 0; c < connections; c++) {
                context.runOnContext(v -> send(client, served.port(), payments, size, latency, decided, failed, stop,
                        stopped));
            }
            Thread.sleep(warmup * 1000L);
            latency.reset();
            decided.set(0);
            long start = System.nanoTime();
            ServedProcess.Cpu before = served.cpu();
            Thread.sleep(measure * 1000L);
            Histogram h = latency.getIntervalHistogram();
            long n = decided.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            ServedProcess.Cpu after = served.cpu();
            stop.set(true);
            stopped.await(30, TimeUnit.SECONDS);
            System.out.printf("%d cores; batches of %d, %d connections: %.0f decisions/s, batch p50 %.1f ms, p99 %.1f ms,"
                            + " cpu %.1f us/decision, failed %d%n  threads (us/decision):%s%n", Runtime.getRuntime().availableProcessors(),
                    size, connections, n / seconds, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    (after.totalMicros() - before.totalMicros()) / n, failed.get(),
                    ServedProcess.describe(after.perRequestSince(before, n)));
            java.util.Map<String, Object> results = new java.util.LinkedHashMap<>();
            results.put("batchSize", size);
            results.put("connections", connections);
            results.put("maxAccounts", maxAccounts);
            results.put("decisionsPerSecond", Math.round(n / seconds));
            results.put("batchP50Ms", h.getValueAtPercentile(50) / 1e6);
            results.put("batchP99Ms", h.getValueAtPercentile(99) / 1e6);
            results.put("cpuMicrosPerDecision", (after.totalMicros() - before.totalMicros()) / (double) n);
            results.put("failures", failed.get());
            BenchResults.save("batch", results);
            client.close().await();
        } finally {
            vertx.close().await();
        }
    }

    private static void send(HttpClientAgent client, int port, List<ScenarioRequests.Template> payments, int size,
                             Recorder latency, AtomicLong decided, AtomicLong failed, AtomicBoolean stop,
                             CountDownLatch stopped) {
        if (stop.get()) {
            stopped.countDown();
            return;
        }
        StringBuilder body = new StringBuilder("{\"transactions\":[");
        for (int i = 0; i < size; i++) {
            long n = IDS.incrementAndGet();
            body.append(i == 0 ? "" : ",").append(payments.get((int) (n % payments.size())).body(n, ACCOUNTS));
        }
        body.append("]}");
        ScenarioRequests.Template t = payments.get(0);
        long begin = System.nanoTime();
        client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                        .setURI("/v1/transactions/decide-batch").putHeader("Authorization", "Bearer " + t.key())
                        .putHeader("Content-Type", "application/json").setIdleTimeout(30_000))
                .compose(request -> request.send(Buffer.buffer(body.toString())))
                .compose(response -> response.body().map(b -> response.statusCode()))
                .onComplete(done -> {
                    if (done.succeeded() && done.result() == 200) {
                        latency.recordValue(System.nanoTime() - begin);
                        decided.addAndGet(size);
                    } else if (failed.getAndIncrement() == 0) {
                        System.out.println("  first failure: " + (done.succeeded() ? "status " + done.result()
                                : done.cause()));
                    }
                    send(client, port, payments, size, latency, decided, failed, stop, stopped);
                });
    }
}
