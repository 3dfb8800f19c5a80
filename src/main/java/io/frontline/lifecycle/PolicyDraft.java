package io.frontline.lifecycle;

import io.frontline.decide.RuleProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A candidate policy someone uploaded: the version in force it was drawn from ({@code basedOn}), its files by
 * SHA-256, and what checking it found — the ruleset version it compiles to (null if it does not), its problems
 * (failing scenarios among them) and what it would change against the policy in force.
 *
 * @param by       the pseudonym of whoever drafted it: under four-eyes someone else must publish it
 * @param baseTree the {@link PolicyTree#id()} of the policy it was drawn from: scenarios included, which the
 *                 ruleset version ({@code basedOn}) does not cover
 */
public record PolicyDraft(String id, Instant createdAt, String by, String basedOn, String baseTree, String version,
                          boolean valid, Map<String, String> files, List<RuleProblem> problems, Changes changes) {

    /** Files added, changed and removed against the policy the draft was drawn from. */
    public record Changes(List<String> added, List<String> changed, List<String> removed) {
        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        static Changes between(Map<String, String> before, Map<String, String> after) {
            List<String> added = new java.util.ArrayList<>();
            List<String> changed = new java.util.ArrayList<>();
            List<String> removed = new java.util.ArrayList<>();
            after.forEach((name, sha) -> {
                String old = before.get(name);
                if (old == null) {
                    added.add(name);
                } else if (!old.equals(sha)) {
                    changed.add(name);
                }
            });
            before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(removed::add);
            return new Changes(added.stream().sorted().toList(), changed.stream().sorted().toList(),
                    removed.stream().sorted().toList());
        }
    }

    public PolicyDraft {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }
}
