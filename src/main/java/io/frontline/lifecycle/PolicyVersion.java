package io.frontline.lifecycle;

import java.time.Instant;
import java.util.Map;

/**
 * A policy put into force: the ruleset version it compiled to (a hash of its rules and tables), when, by whom
 * (a pseudonym, or {@code files} for a change saved on the server's disk), why, how ({@code start},
 * {@code files}, {@code publish}, {@code rollback}), the draft it came from if published, and every file by its
 * SHA-256 — scenarios included — so it can be put back exactly.
 */
public record PolicyVersion(String version, Instant publishedAt, String by, String reason, String source,
                            String draftId, Map<String, String> files) {
    public static final String START = "start";
    public static final String FILES = "files";
    public static final String PUBLISH = "publish";
    public static final String ROLLBACK = "rollback";

    public PolicyVersion {
        files = Map.copyOf(files);
    }
}
