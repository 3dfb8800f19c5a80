package io.frontline.cli;

import io.frontline.Service;
import io.frontline.config.ConfigException;
import io.frontline.config.ConfigLoader;
import io.frontline.config.FrontlineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Runs the HTTP service until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the decision service.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default 8080; env FRONTLINE_HTTP_PORT)")
    Integer port;

    @Option(names = "--rules", description = "DRL directory (default rules; env FRONTLINE_PATHS_RULES)")
    Path rules;

    @Option(names = "--tables", description = "decision-table directory (default decision-tables; env FRONTLINE_PATHS_TABLES)")
    Path tables;

    @Option(names = "--intel", description = "intel data directory (default intel; env FRONTLINE_PATHS_INTEL)")
    Path intel;

    @Option(names = "--scenarios", description = "scenarios every ruleset must pass before it serves (default scenarios; env FRONTLINE_PATHS_SCENARIOS)")
    Path scenarios;

    @Option(names = "--data", description = "data directory: API keys and stores (default data; env FRONTLINE_PATHS_DATA)")
    Path data;

    @Option(names = "--config", description = "JSON config file; see docs/configuration.md")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("http.port", port.toString());
        }
        put(overrides, "paths.rules", rules);
        put(overrides, "paths.tables", tables);
        put(overrides, "paths.intel", intel);
        put(overrides, "paths.scenarios", scenarios);
        put(overrides, "paths.data", data);
        FrontlineConfig cfg;
        try {
            cfg = ConfigLoader.load(config, System.getenv(), overrides);
        } catch (ConfigException e) {
            System.err.println("frontline: configuration error: " + e.getMessage());
            return 2;
        }
        Service service = Service.start(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "frontline-shutdown"));
        stopped.await();
        return 0;
    }

    private static void put(Map<String, String> overrides, String key, Path value) {
        if (value != null) {
            overrides.put(key, value.toString());
        }
    }
}
