package io.frontline.decide;

import java.util.Optional;

/** Where the decision service finds the ruleset to use (the RuleEvaluator port). */
public interface RulesetSource {

    /** The ruleset in force, or empty while none compiled cleanly. */
    Optional<Ruleset> current();

    /** The version in force and the problems of the last load. */
    RulesetStatus status();

    /** A source that always gives this one ruleset (scenario runs, benchmarks). */
    static RulesetSource of(Ruleset ruleset) {
        RulesetStatus status = new RulesetStatus(ruleset.version(), java.util.List.of(), 0, null, java.util.List.of());
        return new RulesetSource() {
            @Override
            public Optional<Ruleset> current() {
                return Optional.of(ruleset);
            }

            @Override
            public RulesetStatus status() {
                return status;
            }
        };
    }
}
