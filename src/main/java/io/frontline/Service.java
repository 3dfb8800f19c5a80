package io.frontline;

import io.frontline.config.FrontlineConfig;
import io.frontline.decide.DecisionLog;
import io.frontline.decide.DecisionService;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.http.ApiKeyStore;
import io.frontline.http.DecisionMetrics;
import io.frontline.http.HttpApi;
import io.frontline.http.HttpVerticle;
import io.frontline.lifecycle.PolicyGate;
import io.frontline.lifecycle.PolicyLifecycle;
import io.frontline.lifecycle.PolicyStore;
import io.frontline.lifecycle.PolicyTree;
import io.frontline.lifecycle.PolicyWatcher;
import io.frontline.rules.RulesetCompiler;
import io.frontline.review.FileReviewLog;
import io.frontline.store.FileListOverlayStore;
import io.frontline.store.ReviewLogRecorder;
import io.frontline.store.ReviewLogReplay;
import io.frontline.learn.Learning;
import io.frontline.learn.Pseudonyms;
import io.frontline.review.DecisionIndex;
import io.frontline.store.LearningFollower;
import io.frontline.store.PseudonymKey;
import io.frontline.store.ReviewDesk;
import io.frontline.store.Retention;
import io.frontline.rules.RulesetHolder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** The composition root: wires policy, detectors, decisions and HTTP from one configuration, and runs them. */
public final class Service implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Service.class);
    private static final long HOUR_MS = 3_600_000;
    /** Where the review log lives in the data directory. */
    public static final String REVIEW_LOG_DIR = "review-log";
    /** Published policy versions and drafts, under the data directory. */
    public static final String POLICY_DIR = "policy";

    private final Vertx vertx;
    private final int port;
    private final RulesetHolder rules;
    private final FileReviewLog reviewLog;
    private final List<PolicyWatcher> watchers;

    private Service(Vertx vertx, int port, RulesetHolder rules, FileReviewLog reviewLog, List<PolicyWatcher> watchers) {
        this.watchers = watchers;
        this.vertx = vertx;
        this.port = port;
        this.rules = rules;
        this.reviewLog = reviewLog;
    }

    public static Service start(FrontlineConfig config) {
        return start(config, recorder -> recorder);
    }

    /**
     * Starts with decisions recorded by what {@code recording} makes of the review-log recorder. Not public:
     * frontline always records in its review log; only a measurement of what that costs runs it without.
     */
    static Service start(FrontlineConfig config, UnaryOperator<DecisionLog> recording) {
        long start = System.nanoTime();
        FrontlineConfig.Paths paths = config.paths();
        createDataDir(config);
        Clock clock = Clock.system(config.detectors().zone());

        RulesetHolder rules = new RulesetHolder();
        Intel.Loaded loadedIntel = Intel.load(paths.intel());
        Intel intel = loadedIntel.intel().withListStore(new FileListOverlayStore(paths.data()));
        DetectorSettings settings = new DetectorSettings(config.detectors().elderlyAge(), config.detectors().zone(),
                config.detectors().unusualAmountFactor(),
                java.time.Duration.ofMinutes(config.detectors().clockToleranceMinutes()));
        PolicyGate gate = new PolicyGate(paths.rules(), paths.tables(), paths.scenarios(), settings, clock);

        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AccountMemory memory = new AccountMemory(config.detectors().maxAccounts(), config.detectors().zone());
        DecisionService decisions = new DecisionService(rules, intel, memory, settings, clock,
                new DecisionMetrics(registry), config.review().keepFacts());
        Path logDir = paths.data().resolve(REVIEW_LOG_DIR);
        Learning learning = new Learning();
        Path policyData = paths.data().resolve(POLICY_DIR);
        PolicyLifecycle lifecycle = new PolicyLifecycle(new PolicyTree.Dirs(paths.rules(), paths.tables(),
                paths.scenarios()), gate, new PolicyLifecycle.IntelFiles(paths.intel(), loadedIntel, loaded -> {
                    intel.lists().replaceBaseline(loaded.intel().lists());
                    decisions.useIntel(loaded.intel().withLists(intel.lists()));
                }), rules, checked -> offer(rules, checked), PolicyStore.open(policyData),
                policyData.resolve("work"), clock, config.policy().fourEyes(), decisions,
                new PolicyLifecycle.BacktestSource(logDir, id -> learning.feedbackOn(id).map(f -> f.finding())));
        lifecycle.start();
        if (rules.current().isEmpty()) {
            log.error("no valid ruleset: frontline answers 503 not-ready until the problems above are fixed");
        }
        ApiKeyStore keys = ApiKeyStore.openOrInitialize(paths.data());
        FrontlineConfig.Http http = config.http();
        DecisionIndex index = new DecisionIndex();
        Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.loadOrCreate(paths.data()));
        LearningFollower follower = new LearningFollower(index, learning, decisions, pseudonyms);
        FileReviewLog reviewLog = FileReviewLog.open(logDir, new FileReviewLog.Options(
                config.review().strict() ? FileReviewLog.Durability.STRICT : FileReviewLog.Durability.INTERVAL,
                java.time.Duration.ofMillis(config.review().syncIntervalMillis()),
                config.review().segmentMegabytes() * (1L << 20), clock), follower);
        Retention retention = new Retention(reviewLog, decisions, learning, index, config.review().retentionDays(),
                clock);
        long replayStart = System.nanoTime();
        ReviewLogReplay.Replayed replayed = ReviewLogReplay.replay(logDir, decisions, learning, follower);
        if (replayed.entries() > 0) {
            log.info("review log: {} entries ({} decisions) read back in {} ms; freezes, account history, reviews "
                    + "and the rule report rebuilt{}", replayed.entries(), replayed.decisions(),
                    (System.nanoTime() - replayStart) / 1_000_000,
                    replayed.unreadable() > 0 ? "; " + replayed.unreadable() + " entries unreadable" : "");
        }
        // after the replay, so that freezes whose entries are purged are written again first
        purge(retention);
        ReviewDesk desk = new ReviewDesk(reviewLog, index, learning, pseudonyms, () -> rules.status().version(),
                clock);
        HttpApi api = new HttpApi(decisions, rules, intel.lists(), recording.apply(new ReviewLogRecorder(reviewLog, pseudonyms, learning,
                config.review().keepFacts())),
                desk, lifecycle, uploadsDir(policyData), keys, registry, http.bodyLimitBytes(), http.rateLimitPerSecond(),
                http.rateLimitBurst(), http.idempotencyCapacity(), http.idempotencyMemoryMb());

        Vertx vertx = Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
                        .setJvmMetricsEnabled(true)
                        .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE))))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .build();
        int port = http.port() == 0 ? freePort() : http.port();
        try {
            vertx.deployVerticle(() -> new HttpVerticle(api, http.host(), port),
                    new DeploymentOptions().setInstances(http.instances())).await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("cannot listen on " + http.host() + ":" + port + ": " + e.getMessage(), e);
        }
        vertx.setPeriodic(HOUR_MS, HOUR_MS, id -> vertx.executeBlocking(() -> purge(retention), false));
        vertx.setPeriodic(HOUR_MS, HOUR_MS, id -> vertx.executeBlocking(() -> memory.expireIdle(clock.instant()), false)
                .onSuccess(n -> {
                    if (n > 0) {
                        log.info("account memory: {} idle account(s) expired", n);
                    }
                }));
        java.time.Duration quiet = java.time.Duration.ofMillis(config.policy().reloadQuietMillis());
        List<PolicyWatcher> watchers = config.policy().watch() ? List.of(
                PolicyWatcher.start(List.of(paths.rules(), paths.tables(), paths.scenarios()), quiet,
                        lifecycle::filesChanged),
                PolicyWatcher.start(List.of(paths.intel()), quiet, lifecycle::intelChanged)) : List.of();
        log.info("frontline listening on {}:{} with {} event loop(s); ruleset {}; ready in {} ms", http.host(), port,
                http.instances(), rules.status().version(), (System.nanoTime() - start) / 1_000_000);
        return new Service(vertx, port, rules, reviewLog, watchers);
    }

    /** Puts a checked policy into force if it passed; otherwise the ruleset in force keeps serving. */
    private static void offer(RulesetHolder rules, RulesetCompiler.Result checked) {
        String before = rules.status().version();
        checked.problems().forEach(p -> (p.isError() ? log.atError() : log.atWarn()).log("policy problem: {}", p));
        if (rules.offer(checked)) {
            log.info("ruleset {} in force{}", checked.ruleset().version(), before == null ? "" : " (was " + before + ")");
        } else if (before != null) {
            log.error("policy change rejected: ruleset {} keeps serving; the problems are at GET /v1/rules", before);
        }
    }

    /** Where policy uploads wait while their request is read; emptied at start (uploads never outlive a request). */
    private static Path uploadsDir(Path policyData) {
        Path dir = policyData.resolve("uploads");
        try {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        return dir;
    }

    /** Purges the review log down to its retention, logging what went. */
    private static Retention.Purged purge(Retention retention) {
        try {
            Retention.Purged purged = retention.purge();
            if (purged.segments() > 0) {
                log.info("review log: {} segment(s) older than {} purged, up to entry {}", purged.segments(),
                        retention.firstDayKept(), purged.upToSeq());
            }
            return purged;
        } catch (RuntimeException e) {
            log.error("review log: purge failed, nothing removed past the last good step: {}", e.toString());
            return new Retention.Purged(0, 0);
        }
    }

    public int port() {
        return port;
    }

    public boolean ready() {
        return rules.current().isPresent();
    }

    @Override
    public void close() {
        watchers.forEach(PolicyWatcher::close);
        try {
            vertx.close().await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("shutdown did not finish cleanly: {}", e.getMessage());
        }
        reviewLog.close();
    }

    private static void createDataDir(FrontlineConfig config) {
        var dir = config.paths().data();
        try {
            if (!Files.isDirectory(dir)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir.toAbsolutePath(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
