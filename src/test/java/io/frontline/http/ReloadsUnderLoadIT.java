package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.PolicyCopy;
import io.frontline.support.RunningService;
import io.frontline.support.TestRules;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hundred reloads while payments keep coming: none fails, none is decided by a mix of two versions, and the
 * heap and metaspace stay flat (old rule bases and their classes are collected).
 */
class ReloadsUnderLoadIT {
    private static final int RELOADS = 100;
    private static final int CLIENTS = 4;
    /** Growth allowed between the 10th and the 100th reload, after a full collection. */
    private static final long HEAP_BOUND = 24L << 20;
    private static final long METASPACE_BOUND = 16L << 20;
    private static final String PAYMENT = """
            {"transactionId": "%s", "amount": "10.00", "currency": "CNY",
             "payer": {"accountId": "acc-ld-%d"}, "payee": {"accountId": "acc-marker"}}""";

    @Test
    void a_hundred_reloads_under_load_fail_no_request_mix_no_versions_and_keep_memory_flat() throws Exception {
        PolicyCopy copy = PolicyCopy.create();
        copy.write("rules/marker.drl", TestRules.payeeRule("Marker A", "TEST-A", "acc-marker", "decision.warn();"));
        Map<String, String> config = new java.util.HashMap<>(copy.paths());
        // retries are not part of this load: a small idempotency cache keeps the heap measure about the reloads
        config.put("http.idempotencyCapacity", "100");
        try (RunningService svc = RunningService.start(config)) {
            String a = json(svc.get("/v1/rules", "policy")).path("version").asText();
            copy.write("rules/marker.drl", TestRules.payeeRule("Marker B", "TEST-B", "acc-marker", "decision.warn();"));
            String b = waitForVersionOtherThan(svc, a);
            Map<String, String> markerOf = Map.of(a, "Marker A", b, "Marker B");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong decided = new AtomicLong();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicLong> perVersion = new ConcurrentHashMap<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    for (long n = 0; !stop.get(); n++) {
                        HttpResponse<String> r = svc.postJson("/v1/transactions/decide", "payment-system",
                                PAYMENT.formatted("ld-" + client + "-" + n, n % 500));
                        if (r.statusCode() != 200) {
                            failures.add("status " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                        JsonNode d = json(r);
                        String version = d.path("ruleset").asText();
                        List<String> markers = new ArrayList<>();
                        d.path("reasons").forEach(reason -> {
                            if (reason.path("rule").asText().startsWith("Marker ")) {
                                markers.add(reason.path("rule").asText());
                            }
                        });
                        if (!markers.equals(List.of(markerOf.getOrDefault(version, "?")))) {
                            failures.add("ruleset " + version + " decided with " + markers);
                        }
                        perVersion.computeIfAbsent(version, v -> new AtomicLong()).incrementAndGet();
                        decided.incrementAndGet();
                    }
                }, "load-" + c);
                t.start();
                clients.add(t);
            }

            long[] heap = new long[RELOADS + 1];
            long[] metaspace = new long[RELOADS + 1];
            long start = System.nanoTime();
            for (int i = 1; i <= RELOADS; i++) {
                String target = i % 2 == 1 ? a : b;
                HttpResponse<String> r = svc.postJson("/v1/rules/rollback", "policy",
                        "{\"version\": \"" + target + "\", \"reason\": \"reload " + i + "\"}");
                assertEquals(200, r.statusCode(), r.body());
                if (i == 10 || i == RELOADS) {
                    System.gc();
                    heap[i] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    metaspace[i] = metaspaceUsed();
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            stop.set(true);
            for (Thread t : clients) {
                t.join(30_000);
            }
            System.out.printf("reloads under load: %d reloads in %d ms (%d ms each), %d decisions by %d clients "
                            + "(%s), %d failed; after reload 10 / %d: heap %d / %d MB, metaspace %d / %d MB%n",
                    RELOADS, millis, millis / RELOADS, decided.get(), CLIENTS, perVersion, failures.size(), RELOADS,
                    heap[10] >> 20, heap[RELOADS] >> 20, metaspace[10] >> 20, metaspace[RELOADS] >> 20);
            assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
            assertTrue(perVersion.getOrDefault(a, new AtomicLong()).get() > 0
                    && perVersion.getOrDefault(b, new AtomicLong()).get() > 0, "both versions answered: " + perVersion);
            assertTrue(heap[RELOADS] - heap[10] < HEAP_BOUND, "heap grew by " + ((heap[RELOADS] - heap[10]) >> 20)
                    + " MB");
            assertTrue(metaspace[RELOADS] - metaspace[10] < METASPACE_BOUND, "metaspace grew by "
                    + ((metaspace[RELOADS] - metaspace[10]) >> 20) + " MB");
        }
    }

    private static long metaspaceUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static String waitForVersionOtherThan(RunningService svc, String version) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            String now = json(svc.get("/v1/rules", "policy")).path("version").asText();
            if (!now.equals(version)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second version never went live: " + svc.get("/v1/rules", "policy").body());
    }
}
