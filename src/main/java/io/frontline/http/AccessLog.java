package io.frontline.http;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, time, the key id (never the key), and for decisions the
 * decision id and outcome. No personal data: bodies, account ids and numbers never appear.
 */
final class AccessLog {
    private static final Logger log = LoggerFactory.getLogger("access");

    private AccessLog() {}

    static void attach(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> RequestIds.withMdc(ctx, () -> {
            ApiKeyStore.ApiKey key = ctx.get(Access.KEY);
            String outcome = ctx.get(DecideRoutes.OUTCOME);
            String decision = ctx.get(DecideRoutes.DECISION_ID);
            int status = ctx.response().getStatusCode();
            // the route template, never the raw path: paths may carry account ids
            String path = ctx.currentRoute() != null && ctx.currentRoute().getPath() != null
                    ? ctx.currentRoute().getPath() : "(no route)";
            long micros = (System.nanoTime() - start) / 1_000;
            if (status >= 500) {
                log.warn("{} {} status={} micros={} key={}", ctx.request().method(), path, status,
                        micros, key == null ? "-" : key.id());
            } else if (log.isInfoEnabled()) {
                log.info("{} {} status={} micros={} key={}{}", ctx.request().method(), path, status,
                        micros, key == null ? "-" : key.id(),
                        outcome == null ? "" : " decisionId=" + decision + " outcome=" + outcome);
            }
        }));
        ctx.next();
    }
}
