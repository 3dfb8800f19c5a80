package io.frontline.http;

import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/** Lets through only the body types a route takes: JSON ({@code application/json}, UTF-8), or a policy upload. */
final class MediaTypes {
    private MediaTypes() {}

    static void requireJson(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null) {
            ctx.fail(HttpFailure.unsupportedMediaType("send Content-Type: application/json"));
            return;
        }
        String t = type.toLowerCase(Locale.ROOT);
        String[] parts = t.split(";");
        boolean json = parts[0].strip().equals("application/json");
        boolean utf8 = true;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "");
                utf8 = cs.equals("utf-8") || cs.equals("utf8");
            }
        }
        if (!json || !utf8) {
            ctx.fail(HttpFailure.unsupportedMediaType("'" + type + "' is not accepted: send Content-Type: "
                    + "application/json (UTF-8)"));
            return;
        }
        ctx.next();
    }

    /** A policy upload: {@code multipart/form-data}. */
    static void requireMultipart(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("multipart/form-data")) {
            ctx.fail(HttpFailure.unsupportedMediaType("send the policy files as multipart/form-data"));
            return;
        }
        ctx.next();
    }
}
