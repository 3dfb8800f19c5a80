package io.frontline.bench;

import io.frontline.Service;
import io.frontline.UnrecordedService;
import io.frontline.config.ConfigLoader;
import io.frontline.config.FrontlineConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The service as a benchmark runs it in a process of its own: {@code recorded} (as frontline always runs) or
 * {@code unrecorded} (decisions left out of the review log, to measure what the log costs), configured by
 * {@code key=value} arguments over the defaults. Prints {@code ready <port>} once it serves.
 */
public final class BenchServe {
    private BenchServe() {}

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
