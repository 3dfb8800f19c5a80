package io.frontline.http;

import io.frontline.alert.AlertHub;
import io.frontline.decide.DecisionLog;
import io.frontline.decide.DecisionService;
import io.frontline.decide.RulesetSource;
import io.frontline.detect.IntelLists;
import io.frontline.store.ReviewDesk;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Builds the router: every public route, its role, its limits and the one error mapper. */
public final class HttpApi {
    private final DecideRoutes decide;
    private final BatchRoutes batch;
    private final RulesRoutes rules;
    private final HealthRoutes health;
    private final ListRoutes lists;
    private final HistoryRoutes history;
    private final FreezeRoutes freezes;
    private final LearningRoutes learning;
    private final PolicyRoutes policy;
    private final AlertRoutes alerts;
    private final ConsoleRoutes console;
    private final java.nio.file.Path uploads;
    private final Access access;
    private final PrometheusMeterRegistry registry;
    private final int bodyLimitBytes;
    /** The largest policy upload: spreadsheets with thousands of rows are a few megabytes. */
    static final long POLICY_UPLOAD_LIMIT = 32L << 20;
    private final byte[] openApi;

    public HttpApi(DecisionService service, RulesetSource rulesets, IntelLists intelLists, DecisionLog log,
                   ReviewDesk desk, io.frontline.lifecycle.PolicyLifecycle lifecycle, java.nio.file.Path uploads,
                   ApiKeyStore keys, PrometheusMeterRegistry registry, int bodyLimitBytes, int rateLimitPerSecond,
                   int rateLimitBurst, int idempotencyCapacity, int idempotencyMemoryMb) {
        AlertHub hub = new AlertHub(AlertRoutes::event);
        this.alerts = new AlertRoutes(hub);
        this.console = new ConsoleRoutes(desk);
        this.decide = new DecideRoutes(service, new RecentDecisions(idempotencyCapacity, idempotencyMemoryMb << 20), log, hub);
        this.batch = new BatchRoutes(decide, service);
        this.rules = new RulesRoutes(rulesets);
        this.health = new HealthRoutes(service, rulesets, log);
        this.lists = new ListRoutes(intelLists);
        this.history = new HistoryRoutes(service, desk);
        this.freezes = new FreezeRoutes(service, desk, hub);
        this.learning = new LearningRoutes(desk);
        this.policy = new PolicyRoutes(lifecycle, keyId -> desk.pseudonym(keyId));
        this.uploads = uploads;
        this.access = new Access(keys, new RateLimiter(rateLimitPerSecond, rateLimitBurst));
        this.registry = registry;
        this.bodyLimitBytes = bodyLimitBytes;
        this.openApi = resource("openapi.yaml");
    }

    /** A router for one verticle instance; the services behind it are shared. */
    public Router router(Vertx vertx) {
        Router router = Router.router(vertx);
        router.route().handler(RequestIds::assign).handler(AccessLog::attach);

        router.get("/health/live").handler(health::live);
        router.get("/health/ready").handler(health::ready);

        // the key and the media type are checked before the body is read
        router.post("/v1/transactions/decide").handler(access.allow(Role.PAYMENT_SYSTEM))
                .handler(MediaTypes::requireJson);
        router.post("/v1/transactions/decide").handler(body()).handler(decide::transaction);
        router.post("/v1/transactions/decide-batch").handler(access.allow(Role.PAYMENT_SYSTEM))
                .handler(MediaTypes::requireJson);
        router.post("/v1/transactions/decide-batch").handler(body()).handler(batch::transactions);
        router.post("/v1/contacts/decide").handler(access.allow(Role.AGENT)).handler(MediaTypes::requireJson);
        router.post("/v1/contacts/decide").handler(body()).handler(decide::contact);
        router.post("/v1/history/transactions").handler(access.allow(Role.PAYMENT_SYSTEM))
                .handler(MediaTypes::requireJson);
        router.post("/v1/history/transactions").handler(BodyHandler.create(false).setBodyLimit(4 * 1024 * 1024))
                .handler(history::load);
        router.post("/v1/freezes").handler(access.allow(Role.AGENT)).handler(MediaTypes::requireJson);
        router.post("/v1/freezes").handler(body()).handler(freezes::freeze);
        router.get("/v1/freezes/:accountId").handler(access.allow(Role.AGENT, Role.REVIEWER)).handler(freezes::get);
        router.post("/v1/freezes/:accountId/release").handler(access.allow(Role.REVIEWER))
                .handler(MediaTypes::requireJson);
        router.post("/v1/freezes/:accountId/release").handler(body()).handler(freezes::release);
        router.get("/v1/decisions/:decisionId").handler(access.allow(Role.AGENT, Role.REVIEWER))
                .handler(learning::decision);
        router.post("/v1/decisions/:decisionId/feedback").handler(access.allow(Role.AGENT))
                .handler(MediaTypes::requireJson);
        router.post("/v1/decisions/:decisionId/feedback").handler(body()).handler(learning::feedback);
        router.get("/v1/reviews").handler(access.allow(Role.REVIEWER)).handler(learning::reviews);
        router.get("/v1/reviews/:reviewId").handler(access.allow(Role.REVIEWER)).handler(learning::review);
        router.post("/v1/reviews/:reviewId").handler(access.allow(Role.REVIEWER)).handler(MediaTypes::requireJson);
        router.post("/v1/reviews/:reviewId").handler(body()).handler(learning::updateReview);
        router.get("/v1/reports/rules").handler(access.allow(Role.REVIEWER, Role.POLICY))
                .handler(learning::ruleReport);
        router.get("/v1/rules").handler(access.allow(Role.POLICY, Role.REVIEWER)).handler(rules::status);
        router.get("/v1/rules/versions").handler(access.allow(Role.POLICY, Role.REVIEWER)).handler(policy::versions);
        router.post("/v1/rules/validate").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireMultipart);
        router.post("/v1/rules/validate").handler(BodyHandler.create(uploads == null ? "" : uploads.toString())
                .setBodyLimit(POLICY_UPLOAD_LIMIT).setDeleteUploadedFilesOnEnd(true)).handler(policy::validate);
        router.get("/v1/rules/drafts/:draftId/files/:path/drl").handler(access.allow(Role.POLICY, Role.REVIEWER))
                .handler(policy::draftTableDrl);
        router.get("/v1/rules/drafts/:draftId").handler(access.allow(Role.POLICY, Role.REVIEWER))
                .handler(policy::draft);
        router.post("/v1/rules/publish").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireJson);
        router.post("/v1/rules/publish").handler(body()).handler(policy::publish);
        router.post("/v1/rules/rollback").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireJson);
        router.post("/v1/rules/rollback").handler(body()).handler(policy::rollback);
        router.post("/v1/rules/backtest").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireJson);
        router.post("/v1/rules/backtest").handler(body()).handler(policy::backtest);
        router.post("/v1/rules/shadow").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireJson);
        router.post("/v1/rules/shadow").handler(body()).handler(policy::startShadow);
        router.get("/v1/rules/shadow").handler(access.allow(Role.POLICY, Role.REVIEWER)).handler(policy::shadow);
        router.delete("/v1/rules/shadow").handler(access.allow(Role.POLICY)).handler(policy::stopShadow);
        router.get("/v1/rules/files/:path/drl").handler(access.allow(Role.POLICY, Role.REVIEWER))
                .handler(rules::tableDrl);

        router.get("/v1/lists/:list/entries").handler(access.allow(Role.POLICY)).handler(lists::get);
        router.put("/v1/lists/:list/entries").handler(access.allow(Role.POLICY)).handler(MediaTypes::requireJson);
        router.put("/v1/lists/:list/entries").handler(body()).handler(lists::put);
        router.delete("/v1/lists/:list/entries").handler(access.allow(Role.POLICY));
        router.delete("/v1/lists/:list/entries").handler(body()).handler(lists::delete);

        router.get("/v1/alerts").handler(access.allow(Role.AGENT)).handler(alerts::stream);
        router.get("/v1/me").handler(access.allow(Role.values())).handler(console::me);
        console.mount(router);

        router.get("/openapi.yaml").handler(access.allow(Role.values())).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .end(io.vertx.core.buffer.Buffer.buffer(openApi)));
        Handler<RoutingContext> scrape = PrometheusScrapingHandler.create(registry);
        router.get("/metrics").handler(access.allow()).handler(scrape);

        router.route().failureHandler(Problems::handle);
        router.errorHandler(400, ctx -> Problems.send(ctx, new HttpFailure(400, "bad-request", "Bad request",
                "the request line or headers could not be read")));
        router.errorHandler(404, ctx -> Problems.send(ctx, Problems.map(null, 404)));
        router.errorHandler(405, ctx -> Problems.send(ctx, Problems.map(null, 405)));
        router.errorHandler(500, Problems::handle);
        return router;
    }

    /** "METHOD /path" for every route the router serves (what the OpenAPI document must describe). */
    public static Set<String> describe(Router router) {
        Set<String> routes = new TreeSet<>();
        for (Route r : router.getRoutes()) {
            if (r.getPath() != null && r.methods() != null) {
                String path = r.getPath().replaceAll(":([a-zA-Z]+)", "{$1}");
                r.methods().forEach(m -> routes.add(m.name() + " " + path));
            }
        }
        return routes;
    }

    private BodyHandler body() {
        return BodyHandler.create(false).setBodyLimit(bodyLimitBytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
