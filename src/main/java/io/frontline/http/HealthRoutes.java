package io.frontline.http;

import io.frontline.decide.DecisionService;
import io.frontline.decide.RulesetSource;
import io.vertx.ext.web.RoutingContext;

/** {@code /health/live} (the process answers) and {@code /health/ready} (a valid ruleset is in force). */
final class HealthRoutes {
    private final DecisionService service;
    private final RulesetSource rules;

    HealthRoutes(DecisionService service, RulesetSource rules) {
        this.service = service;
        this.rules = rules;
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
        DecideRoutes.json(ctx, "{\"status\":\"UP\",\"ruleset\":\"" + rules.status().version() + "\"}");
    }
}
