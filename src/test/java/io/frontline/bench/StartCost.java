package io.frontline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start to ready: the time from starting a JVM with the recommended options to frontline serving — the starter
 * policy compiled and gated by its scenarios, intel loaded, the review log opened — on a fresh data directory,
 * several times. Not a test; run by {@code bench/run}, or by hand from the project's directory:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.frontline.bench.StartCost [starts=5]
 * </pre>
 */
public final class StartCost {
    private StartCost() {}

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            try (ScratchDir data = ScratchDir.create("start");
                 ServedProcess served = ServedProcess.start(BenchServe.class.getName(),
                         BenchServe.args("recorded", data.path, 200_000), data.path.resolve("service.log"))) {
                millis.add(served.readyMillis());
                System.out.printf("start %d: ready in %d ms%n", i + 1, served.readyMillis());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("readyMillis", millis);
        results.put("medianMillis", sorted.get(sorted.size() / 2));
        results.put("slowestMillis", sorted.get(sorted.size() - 1));
        BenchResults.save("start", results);
    }
}
