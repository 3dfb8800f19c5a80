package io.frontline.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.RuleProblem;
import io.frontline.decide.RulesetComparison;
import io.frontline.decide.ShadowRun;
import io.frontline.json.FieldError;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.frontline.lifecycle.Backtest;
import io.frontline.lifecycle.PolicyDraft;
import io.frontline.lifecycle.PolicyLifecycle;
import io.frontline.lifecycle.PolicyTree;
import io.frontline.lifecycle.PolicyVersion;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The policy's life over HTTP: {@code GET /v1/rules/versions}, {@code POST /v1/rules/validate} (multipart),
 * {@code GET /v1/rules/drafts/{draftId}}, {@code POST /v1/rules/publish}, {@code POST /v1/rules/rollback} and
 * the shadow run ({@code POST|GET|DELETE /v1/rules/shadow}).
 * Compiling and running scenarios takes seconds: it runs off the event loop.
 */
final class PolicyRoutes {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PolicyRoutes.class);
    /** The multipart field that names a policy file to remove from the draft. */
    static final String REMOVE_FIELD = "remove";
    /** How many of the latest logged decisions a validation backtests. */
    static final int VALIDATE_BACKTEST = 10_000;

    private final PolicyLifecycle lifecycle;
    private final Function<String, String> pseudonymOfKey;

    PolicyRoutes(PolicyLifecycle lifecycle, Function<String, String> pseudonymOfKey) {
        this.lifecycle = lifecycle;
        this.pseudonymOfKey = pseudonymOfKey;
    }

    void versions(RoutingContext ctx) {
        List<PolicyVersion> all = new ArrayList<>(lifecycle.versions());
        all.sort(Comparator.comparing(PolicyVersion::publishedAt).reversed());
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("versions");
        all.forEach(v -> items.add(toJson(v)));
        DecideRoutes.json(ctx, o.toString());
    }

    void validate(RoutingContext ctx) {
        // where each upload waits on disk: read off the event loop (uploads are deleted once the answer is sent)
        Map<String, Path> uploaded = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FileUpload upload : ctx.fileUploads()) {
            String name = policyName(upload);
            try {
                PolicyTree.checkName(name);
                uploaded.put(name, Path.of(upload.uploadedFileName()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(upload.name(), e.getMessage()));
            }
        }
        List<String> removed = ctx.request().formAttributes().getAll(REMOVE_FIELD);
        for (String name : removed) {
            try {
                PolicyTree.checkName(name);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(REMOVE_FIELD, e.getMessage()));
            }
        }
        if (uploaded.isEmpty() && removed.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("(files)", "send at least one policy file (multipart/form-data) or a "
                    + REMOVE_FIELD + " field"));
        }
        if (!errors.isEmpty()) {
            throw new HttpFailure(422, "invalid-payload", "Invalid fields", errors.size() + " field(s) are invalid",
                    errors);
        }
        String by = pseudonymOfKey.apply(FreezeRoutes.keyId(ctx));
        blocking(ctx, () -> {
            Map<String, byte[]> changed = new LinkedHashMap<>();
            for (Map.Entry<String, Path> u : uploaded.entrySet()) {
                try {
                    changed.put(u.getKey(), Files.readAllBytes(u.getValue()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the upload of " + u.getKey(), e);
                }
            }
            PolicyDraft draft = lifecycle.validate(changed, removed, by);
            ObjectNode o = toJson(draft);
            if (draft.valid() && lifecycle.inForce().isPresent()) {
                try {
                    o.set("backtest", toJson(lifecycle.backtest(draft.id(), Backtest.Window.last(VALIDATE_BACKTEST))));
                } catch (RuntimeException e) {
                    // the draft stands; only its backtest could not be made
                    log.warn("backtest of draft {} failed: {}", draft.id(), e.toString());
                    o.put("backtestError", "the backtest could not be run: " + e.getMessage());
                }
            }
            return o;
        });
    }

    void backtest(RoutingContext ctx) {
        RequestReader.BacktestOrder order = RequestReader.backtestOrder(DecideRoutes.body(ctx), VALIDATE_BACKTEST,
                Backtest.MAX_DECISIONS);
        blocking(ctx, () -> toJson(lifecycle.backtest(order.draftId(),
                new Backtest.Window(order.last(), order.from(), order.to()))));
    }

    void draft(RoutingContext ctx) {
        String id = ctx.pathParam("draftId");
        blocking(ctx, () -> toJson(lifecycle.draft(id).orElseThrow(() -> HttpFailure.notFound("no draft " + id))));
    }

    /** {@code GET /v1/rules/drafts/{id}/files/{path}/drl}: the DRL a table of a valid draft converts to. */
    void draftTableDrl(RoutingContext ctx) {
        String id = ctx.pathParam("draftId");
        String file = ctx.pathParam("path");
        blocking(ctx, () -> RulesRoutes.tableJson(lifecycle.draftTableDrl(id, file).orElseThrow(() ->
                HttpFailure.notFound("no spreadsheet table " + file + " in draft " + id + " (the path as the draft "
                        + "lists it, with / written %2F)"))).put("draftId", id));
    }

    void publish(RoutingContext ctx) {
        RequestReader.PolicyOrder order = RequestReader.publishOrder(DecideRoutes.body(ctx));
        String by = pseudonymOfKey.apply(FreezeRoutes.keyId(ctx));
        blocking(ctx, () -> toJson(lifecycle.publish(order.target(), by, order.reason())));
    }

    void rollback(RoutingContext ctx) {
        RequestReader.PolicyOrder order = RequestReader.rollbackOrder(DecideRoutes.body(ctx));
        String by = pseudonymOfKey.apply(FreezeRoutes.keyId(ctx));
        blocking(ctx, () -> toJson(lifecycle.rollback(order.target(), by, order.reason())));
    }

    void startShadow(RoutingContext ctx) {
        RequestReader.ShadowOrder order = RequestReader.shadowOrder(DecideRoutes.body(ctx));
        String by = pseudonymOfKey.apply(FreezeRoutes.keyId(ctx));
        blocking(ctx, () -> toJson(lifecycle.shadow(order.draftId(), java.time.Duration.ofMinutes(order.minutes()), by)
                .report()));
    }

    void shadow(RoutingContext ctx) {
        DecideRoutes.json(ctx, toJson(lifecycle.shadow().orElseThrow(() -> HttpFailure.notFound(
                "no shadow run has been started since frontline started")).report()).toString());
    }

    void stopShadow(RoutingContext ctx) {
        DecideRoutes.json(ctx, toJson(lifecycle.stopShadow().orElseThrow(() -> HttpFailure.notFound(
                "no shadow run has been started since frontline started")).report()).toString());
    }

    /**
     * The policy path an upload goes to: its field name when that is a path ({@code decision-tables/x.drl.xlsx}),
     * otherwise its file name in the area its kind belongs to.
     */
    static String policyName(FileUpload upload) {
        if (upload.name() != null && upload.name().contains("/")) {
            return upload.name();
        }
        String file = upload.fileName() == null ? "" : upload.fileName().replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return "rules/" + file;
        }
        if (lower.endsWith(".json")) {
            return "scenarios/" + file;
        }
        return "decision-tables/" + file;
    }

    private static void blocking(RoutingContext ctx, Callable<ObjectNode> work) {
        ctx.vertx().executeBlocking(work, false)
                .onSuccess(o -> DecideRoutes.json(ctx, o.toString()))
                .onFailure(e -> ctx.fail(e instanceof PolicyLifecycle.Refused r ? refused(r) : e));
    }

    private static HttpFailure refused(PolicyLifecycle.Refused r) {
        return switch (r.kind()) {
            case NOT_FOUND -> HttpFailure.notFound(r.getMessage());
            case FORBIDDEN -> HttpFailure.forbidden(r.getMessage());
            case CONFLICT -> HttpFailure.conflict(r.getMessage());
            case PROBLEMS -> new HttpFailure(422, "rule-problems", "The ruleset has problems", r.getMessage(),
                    r.problems().stream().map(p -> new FieldError(where(p), p.severity() + ": " + p.message()))
                            .toList());
        };
    }

    private static String where(RuleProblem p) {
        return p.file() + (p.line() > 0 ? ":" + p.line() : "") + (p.cell() != null ? " " + p.cell() : "");
    }

    static ObjectNode toJson(PolicyVersion v) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("version", v.version())
                .put("publishedAt", v.publishedAt().toString()).put("by", v.by()).put("reason", v.reason())
                .put("source", v.source());
        if (v.draftId() != null) {
            o.put("draftId", v.draftId());
        }
        files(o, v.files());
        return o;
    }

    static ObjectNode toJson(PolicyDraft d) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("draftId", d.id()).put("createdAt", d.createdAt().toString())
                .put("by", d.by()).put("basedOn", d.basedOn()).put("valid", d.valid()).put("version", d.version());
        ObjectNode changes = o.putObject("changes");
        ArrayNode added = changes.putArray("added");
        d.changes().added().forEach(added::add);
        ArrayNode changed = changes.putArray("changed");
        d.changes().changed().forEach(changed::add);
        ArrayNode removed = changes.putArray("removed");
        d.changes().removed().forEach(removed::add);
        RulesRoutes.putProblems(o, d.problems());
        files(o, d.files());
        return o;
    }

    static ObjectNode toJson(Backtest.Report r) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("liveVersion", r.liveVersion())
                .put("candidateVersion", r.candidateVersion()).put("read", r.read())
                .put("withoutFacts", r.withoutFacts());
        comparison(o, r.comparison());
        quality(o.putObject("live"), r.live());
        quality(o.putObject("candidate"), r.candidate());
        return o;
    }

    private static void quality(ObjectNode o, Backtest.Quality q) {
        o.put("labelled", q.labelled()).put("flaggedFraud", q.flaggedFraud())
                .put("flaggedFalsePositives", q.flaggedFalsePositives()).put("missedFraud", q.missedFraud());
        if (q.precision() == null) {
            o.putNull("precision");
        } else {
            o.put("precision", q.precision());
        }
        if (q.recall() == null) {
            o.putNull("recall");
        } else {
            o.put("recall", q.recall());
        }
    }

    static ObjectNode toJson(ShadowRun.Report r) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("draftId", r.draftId())
                .put("candidateVersion", r.candidateVersion()).put("liveVersion", r.liveVersion())
                .put("startedAt", r.startedAt().toString()).put("endsAt", r.endsAt().toString()).put("by", r.by())
                .put("status", r.status().name().toLowerCase(Locale.ROOT)).put("skipped", r.skipped());
        comparison(o, r.comparison());
        return o;
    }

    /** Puts what a comparison of two rulesets found: counts, the transition matrix, rule hits and samples. */
    static void comparison(ObjectNode o, RulesetComparison.Report c) {
        o.put("compared", c.compared()).put("changed", c.changed()).put("rulesChanged", c.rulesChanged());
        ArrayNode transitions = o.putArray("transitions");
        c.transitions().forEach(t -> transitions.addObject().put("from", t.from().wire()).put("to", t.to().wire())
                .put("count", t.count()));
        ArrayNode rules = o.putArray("rules");
        c.rules().forEach(h -> rules.addObject().put("rule", h.rule()).put("live", h.live())
                .put("candidate", h.candidate()));
        ArrayNode samples = o.putArray("samples");
        for (RulesetComparison.Sample s : c.samples()) {
            ObjectNode n = samples.addObject().put("decisionId", s.decisionId()).put("subject", s.subject().wire())
                    .put("live", s.live().wire()).put("candidate", s.candidate().wire());
            ArrayNode added = n.putArray("rulesAdded");
            s.rulesAdded().forEach(added::add);
            ArrayNode removed = n.putArray("rulesRemoved");
            s.rulesRemoved().forEach(removed::add);
        }
    }

    private static void files(ObjectNode o, Map<String, String> files) {
        ArrayNode items = o.putArray("files");
        new java.util.TreeMap<>(files).forEach((path, sha) -> items.addObject().put("path", path).put("sha256", sha));
    }
}
