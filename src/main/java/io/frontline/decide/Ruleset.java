package io.frontline.decide;

import java.util.Collection;

/** A compiled, immutable policy as the core sees it. */
public interface Ruleset {

    /** Content hash of the files it was compiled from, e.g. {@code rs-3f9a1c2}. */
    String version();

    /** Agent scripts shipped with this policy. */
    ScriptBook scripts();

    /** Runs every rule over the facts; rule actions land on the ruling. */
    void evaluate(Collection<Object> facts, Ruling ruling);
}
