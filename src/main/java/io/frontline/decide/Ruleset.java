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

    /** The DRL a spreadsheet table of this ruleset converts to, each rule with its row; empty for other files. */
    default java.util.Optional<TableDrl> tableDrl(String file) {
        return java.util.Optional.empty();
    }
}
