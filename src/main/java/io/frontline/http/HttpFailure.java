package io.frontline.http;

import io.frontline.json.FieldError;

import java.util.List;

/** A request that could not be decided, with the problem type and status of the public error table. */
final class HttpFailure extends RuntimeException {
    final int status;
    final String type;
    final String title;
    final List<FieldError> errors;

    HttpFailure(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    HttpFailure(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static HttpFailure unauthenticated(String detail) {
        return new HttpFailure(401, "unauthenticated", "Not authenticated", detail);
    }

    static HttpFailure forbidden(String detail) {
        return new HttpFailure(403, "forbidden", "Not allowed for this role", detail);
    }

    static HttpFailure conflict(String detail) {
        return new HttpFailure(409, "conflict", "Conflicts with an earlier request", detail);
    }

    static HttpFailure unsupportedMediaType(String detail) {
        return new HttpFailure(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    static HttpFailure rateLimited(String detail) {
        return new HttpFailure(429, "rate-limited", "Too many requests", detail);
    }

    static HttpFailure notFound(String detail) {
        return new HttpFailure(404, "not-found", "Not found", detail);
    }

    static HttpFailure notReady(String detail) {
        return new HttpFailure(503, "not-ready", "Cannot decide now", detail);
    }
}
