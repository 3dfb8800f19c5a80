package io.frontline.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.EnumSet;
import java.util.Set;

/** Checks the bearer API key and the role a route needs; admin may do everything. */
final class Access {
    static final String KEY = "apiKey";

    private final ApiKeyStore keys;
    private final RateLimiter limiter;

    Access(ApiKeyStore keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    /** A handler letting through keys of these roles (and admin). */
    Handler<RoutingContext> allow(Role... roles) {
        Set<Role> allowed = EnumSet.of(Role.ADMIN, roles);
        return ctx -> {
            String header = ctx.request().getHeader("Authorization");
            if (header == null || header.isBlank()) {
                ctx.fail(HttpFailure.unauthenticated("an API key is required: Authorization: Bearer <api-key>"));
                return;
            }
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.fail(HttpFailure.unauthenticated("use the Bearer scheme: Authorization: Bearer <api-key>"));
                return;
            }
            ApiKeyStore.ApiKey key = keys.authenticate(header.substring(7).strip()).orElse(null);
            if (key == null) {
                ctx.fail(HttpFailure.unauthenticated("the API key is not known"));
                return;
            }
            ctx.put(KEY, key);
            if (!allowed.contains(key.role())) {
                ctx.fail(HttpFailure.forbidden("the " + key.role().wire() + " role may not " + ctx.request().method()
                        + " " + ctx.request().path()));
                return;
            }
            if (!limiter.tryAcquire(key.id())) {
                ctx.fail(HttpFailure.rateLimited("API key " + key.id() + " is over its rate of "
                        + limiter.perSecond() + " requests per second"));
                return;
            }
            ctx.next();
        };
    }
}
