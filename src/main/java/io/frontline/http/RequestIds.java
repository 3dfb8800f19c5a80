package io.frontline.http;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.MDC;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Gives every request an id (the caller's {@code X-Request-Id} when sane) for logs, responses and errors. */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    static void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : generate();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id == null ? "none" : id;
    }

    /** Runs {@code action} with the request id in the logging context. */
    static void withMdc(RoutingContext ctx, Runnable action) {
        MDC.put(KEY, of(ctx));
        try {
            action.run();
        } finally {
            MDC.remove(KEY);
        }
    }

    private static String generate() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "req-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE) + Long.toHexString(System.nanoTime() & 0xFFFF);
    }
}
