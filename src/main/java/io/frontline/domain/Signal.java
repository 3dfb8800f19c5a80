package io.frontline.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named, evidenced observation a detector made about the request. */
public record Signal(String kind, Map<String, Object> detail) {

    public Signal {
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }
}
