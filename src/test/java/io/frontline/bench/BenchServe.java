package io.frontline.bench;

import io.frontline.Service;
import io.frontline.UnrecordedService;
import io.frontline.config.ConfigLoader;
import io.frontline.config.FrontlineConfig;
import io.frontline.support.StarterPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The service as a benchmark runs it in a process of its own: {@code recorded} (as frontline always runs) or
 * {@code unrecorded} (decisions left out of the review log, to measure what the log costs), configured by
 * {@code key=value} arguments over the defaults. Prints {@code ready <port>} once it serves.
 */
public final class BenchServe {
    private BenchServe() {}

    /**
     * The arguments for the starter policy with its data in {@code data}, keeping at most {@code maxAccounts}
     * accounts, on a free port, and with no rate limit (a benchmark's load comes from one key per role: no limit
     * may stand in for the cost measured); {@code more} are further {@code key=value} settings.
     */
    static List<String> args(String mode, Path data, int maxAccounts, String... more) {
        List<String> args = new ArrayList<>(List.of(mode, "http.port=0", "paths.rules=" + StarterPolicy.RULES,
                "paths.tables=" + StarterPolicy.TABLES, "paths.intel=" + StarterPolicy.INTEL,
                "paths.scenarios=" + StarterPolicy.SCENARIOS, "paths.data=" + data,
                "detectors.maxAccounts=" + maxAccounts,
                "http.rateLimitPerSecond=10000000", "http.rateLimitBurst=10000000"));
        args.addAll(List.of(more));
        return args;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            overrides.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        FrontlineConfig config = ConfigLoader.load(null, Map.of(), overrides);
        Service service = switch (args[0]) {
            case "recorded" -> Service.start(config);
            case "unrecorded" -> UnrecordedService.start(config);
            default -> throw new IllegalArgumentException("recorded or unrecorded, not " + args[0]);
        };
        System.out.println("ready " + service.port());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
