package io.frontline.json;

/** The body is not JSON, not a JSON object, or beyond the parser's limits. */
public final class MalformedJsonException extends RuntimeException {
    public MalformedJsonException(String message) {
        super(message);
    }
}
