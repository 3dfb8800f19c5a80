package io.frontline.json;

import java.util.List;

/** Well-formed JSON whose fields are invalid; every invalid field is listed. */
public final class InvalidPayloadException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidPayloadException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
