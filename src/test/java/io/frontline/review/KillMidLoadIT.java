package io.frontline.review;

import io.frontline.Service;
import io.frontline.json.Json;
import io.frontline.support.ReviewLogFiles;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.RepeatedTest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing acknowledged is lost: the packaged service is killed with SIGKILL in the middle of a load, and every
 * decision id a client received must be in the review log, whose chain must still hold after a restart.
 */
class KillMidLoadIT {
    private static final Path JAR = StarterPolicy.ROOT.resolve("target/frontline.jar");

    @RepeatedTest(5)
    void every_decision_a_client_received_survives_a_kill_mid_load() throws Exception {
        Path data = Files.createTempDirectory("kill-mid-load");
        int port = freePort();
        Process first = start(data, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String key = Json.MAPPER.readTree(Files.readAllBytes(data.resolve("initial-api-keys.json")))
                .path("payment-system").asText();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            load.submit(() -> {
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    String body = """
                            {"transactionId": "kill-%d", "amount": "%d.00", "currency": "CNY",
                             "payer": {"accountId": "acc-k%d", "birthYear": 1955}, "payee": {"accountId": "p-%d"}}"""
                            .formatted(n, 10 + n % 5000, n % 50, n % 7);
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/v1/transactions/decide"))
                                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(2)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            acknowledged.add(Json.MAPPER.readTree(r.body()).path("decisionId").asText());
                        }
                    } catch (IOException e) {
                        // the server is gone: keep trying until told to stop
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < until || acknowledged.size() < 50) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        stop.set(true);
        load.shutdown();
        assertTrue(load.awaitTermination(10, TimeUnit.SECONDS));

        Path log = data.resolve(Service.REVIEW_LOG_DIR);
        String logged = ReviewLogFiles.text(log);
        List<String> missing = acknowledged.stream().filter(id -> !logged.contains(id)).toList();
        System.out.println("kill mid-load: " + acknowledged.size() + " decisions acknowledged, all "
                + (missing.isEmpty() ? "found" : "but " + missing.size() + " found") + " in the review log");
        assertEquals(List.of(), missing, missing.size() + " of " + acknowledged.size() + " acknowledged decisions lost");

        Process second = start(data, port);
        second.destroy();
        second.waitFor(10, TimeUnit.SECONDS);
        assertEquals(Optional.empty(), LogReader.verify(log));
    }

    private static Process start(Path data, int port) throws Exception {
        Process p = new ProcessBuilder("java", "-Xmx256m", "-jar", JAR.toString(), "serve", "--port",
                String.valueOf(port), "--data", data.toString(), "--rules", StarterPolicy.RULES.toString(),
                "--tables", StarterPolicy.TABLES.toString(), "--intel", StarterPolicy.INTEL.toString(),
                "--scenarios", StarterPolicy.SCENARIOS.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("the service did not become ready: " + Files.readString(data.resolve("server.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
