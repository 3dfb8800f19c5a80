package io.frontline.domain;

/** A well-formed request frontline cannot decide as sent (e.g. a currency it has no rate for), naming the field. */
public final class UnsupportedRequestException extends RuntimeException {
    private final String field;

    public UnsupportedRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
