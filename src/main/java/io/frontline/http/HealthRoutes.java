package io.frontline.http;

import io.frontline.decide.DecisionLog;
import io.frontline.decide.DecisionService;
import io.frontline.decide.RulesetSource;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (a valid ruleset is in force and the
 * review log takes decisions).
 */
final class HealthRoutes {
    private final DecisionService service;
    private final RulesetSource rules;
    private final DecisionLog log;

    HealthRoutes(DecisionService service, RulesetSource rules, DecisionLog log) {
        this.service = service;
        this.rules = rules;
        this.log = log;
    }

    void live(RoutingContext ctx) {
        DecideRoutes.json(ctx, "{\"status\":\"UP\"}");
    }

    void ready(RoutingContext ctx) {
        if (!service.isReady()) {
            ctx.fail(HttpFailure.notReady("no valid ruleset is loaded: " + rules.status().problems().size()
                    + " problem(s), see GET /v1/rules"));
            return;
        }
        if (!log.isWritable()) {
            ctx.fail(HttpFailure.notReady("the review log cannot take decisions"));
            return;
        }
        DecideRoutes.json(ctx, "{\"status\":\"UP\",\"ruleset\":\"" + rules.status().version() + "\"}");
    }
}
