package io.frontline.decide;

import java.util.Optional;

/** Where the decision service finds the ruleset to use (the RuleEvaluator port). */
public interface RulesetSource {

    /** The ruleset in force, or empty while none compiled cleanly. */
    Optional<Ruleset> current();

    /** The version in force and the problems of the last load. */
    RulesetStatus status();
}
