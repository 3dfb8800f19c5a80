package io.frontline.domain;

import java.util.List;

/** What the agent says to the customer, step by step, for one scam type. */
public record Script(String scamType, Language language, List<String> steps) {

    public Script {
        steps = List.copyOf(steps);
    }
}
