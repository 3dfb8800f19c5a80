package io.frontline.decide;

import java.time.Instant;
import java.util.List;

/**
 * The ruleset in force and what the last load found.
 *
 * @param version  version in force, or null when none compiled cleanly
 * @param files    the policy files of the version in force, with their content hashes
 * @param rules    number of rules in force
 * @param loadedAt when the version in force was loaded, or null
 * @param problems problems of the last load (errors mean that load was rejected)
 */
public record RulesetStatus(String version, List<PolicyFile> files, int rules, Instant loadedAt,
                            List<RuleProblem> problems) {
    public RulesetStatus {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** One policy file: path relative to the policy root, SHA-256 of its bytes, and the rules it holds. */
    public record PolicyFile(String path, String sha256, int rules) {}
}
