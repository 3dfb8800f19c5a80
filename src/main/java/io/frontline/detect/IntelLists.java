package io.frontline.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Block and allow lists (numbers, domains, payee accounts, devices) from {@code intel/<list>.csv}:
 * {@code value,reason,source,expiresAt}. Values are normalized (E.164 numbers, lower-case domains); an entry
 * past its {@code expiresAt} no longer matches. Immutable.
 */
public final class IntelLists {
    public static final String BLOCK_NUMBERS = "block-numbers";
    public static final String BLOCK_DOMAINS = "block-domains";
    public static final String BLOCK_PAYEES = "block-payees";
    public static final String BLOCK_DEVICES = "block-devices";
    public static final String ALLOW_PAYEES = "allow-payees";
    public static final String ALLOW_DOMAINS = "allow-domains";
    public static final List<String> NAMES =
            List.of(BLOCK_NUMBERS, BLOCK_DOMAINS, BLOCK_PAYEES, BLOCK_DEVICES, ALLOW_PAYEES, ALLOW_DOMAINS);
    public static final IntelLists EMPTY = new IntelLists(Map.of());

    /** One list entry. */
    public record Entry(String value, String reason, String source, Instant expiresAt) {}

    private final Map<String, Map<String, Entry>> lists;

    public IntelLists(Map<String, Map<String, Entry>> lists) {
        Map<String, Map<String, Entry>> copy = new HashMap<>();
        lists.forEach((name, entries) -> copy.put(name, Map.copyOf(entries)));
        this.lists = Map.copyOf(copy);
    }

    /** Whether the value is on the list and its entry has not expired at {@code at}. */
    public boolean contains(String list, String value, Instant at) {
        return find(list, value, at) != null;
    }

    Entry find(String list, String value, Instant now) {
        if (value == null) {
            return null;
        }
        Entry e = lists.getOrDefault(list, Map.of()).get(normalize(list, value));
        return e == null || (e.expiresAt() != null && !e.expiresAt().isAfter(now)) ? null : e;
    }

    public Set<String> values(String list) {
        return lists.getOrDefault(list, Map.of()).keySet();
    }

    public static String normalize(String list, String value) {
        String v = value.strip();
        if (list.endsWith("-numbers")) {
            return CallerNumbers.normalize(v);
        }
        if (list.endsWith("-domains")) {
            return v.toLowerCase(Locale.ROOT);
        }
        return v;
    }

    public static IntelLists load(Path intelDir, List<String> problems) {
        Map<String, Map<String, Entry>> lists = new HashMap<>();
        for (String name : NAMES) {
            Path file = intelDir.resolve(name + ".csv");
            Map<String, Entry> entries = new HashMap<>();
            if (Files.isRegularFile(file)) {
                for (CsvLines.Row row : CsvLines.read(file)) {
                    String value = row.cell(0);
                    if (value.isEmpty()) {
                        problems.add(file.getFileName() + ":" + row.line() + ": value is required");
                        continue;
                    }
                    Instant expires = null;
                    if (!row.cell(3).isEmpty()) {
                        try {
                            expires = OffsetDateTime.parse(row.cell(3)).toInstant();
                        } catch (DateTimeParseException e) {
                            problems.add(file.getFileName() + ":" + row.line() + ": expiresAt '" + row.cell(3)
                                    + "' is not an ISO-8601 time with offset");
                            continue;
                        }
                    }
                    String key = normalize(name, value);
                    entries.put(key, new Entry(key, row.cell(1), row.cell(2), expires));
                }
            }
            lists.put(name, entries);
        }
        return new IntelLists(lists);
    }
}
