package io.frontline.decide;

/** frontline cannot decide now (no valid ruleset); callers must not treat this as "allow". */
public final class NotReadyException extends RuntimeException {
    public NotReadyException(String message) {
        super(message);
    }
}
