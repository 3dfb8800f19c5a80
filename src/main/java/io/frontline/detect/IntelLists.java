package io.frontline.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Block and allow lists (numbers, domains, payee accounts, devices). The baseline comes from
 * {@code intel/<list>.csv} ({@code value,reason,source,expiresAt}, kept by policy staff); entries added or
 * removed through the API are an overlay kept by a {@link ListOverlayStore}, applied over the baseline at every
 * start. Values are normalized (E.164 numbers, lower-case registrable domains); an entry past its
 * {@code expiresAt} no longer matches. Reads are lock-free; changes are serialized per list.
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
    public static final IntelLists EMPTY = new IntelLists(Map.of(), ListOverlayStore.NONE);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    /** One list entry. */
    public record Entry(String value, String reason, String source, Instant expiresAt) {}

    /** An entry as shown to policy staff: {@code intel-file} (the CSV baseline) or {@code api}. */
    public record Listed(Entry entry, String origin) {}

    /** What the API changed on one list: entries added (or replaced) and baseline values removed. */
    public record Overlay(Map<String, Entry> added, Set<String> removed) {
        public static Overlay empty() {
            return new Overlay(new LinkedHashMap<>(), new LinkedHashSet<>());
        }
    }

    private volatile Map<String, Map<String, Entry>> baseline;
    private final Map<String, Overlay> overlays = new HashMap<>();
    /** Per list, the entries in effect; each list's map is replaced whole when the baseline changes. */
    private final Map<String, ConcurrentHashMap<String, Entry>> effective = new ConcurrentHashMap<>();
    private final ListOverlayStore store;

    public IntelLists(Map<String, Map<String, Entry>> baseline, ListOverlayStore store) {
        Map<String, Map<String, Entry>> copy = new HashMap<>();
        baseline.forEach((name, entries) -> copy.put(name, Map.copyOf(entries)));
        this.baseline = Map.copyOf(copy);
        this.store = store;
        for (String name : NAMES) {
            Overlay overlay = store.load(name);
            overlays.put(name, overlay);
            ConcurrentHashMap<String, Entry> live = new ConcurrentHashMap<>(this.baseline.getOrDefault(name, Map.of()));
            overlay.removed().forEach(live::remove);
            live.putAll(overlay.added());
            effective.put(name, live);
        }
    }

    /**
     * Takes the baseline of {@code loaded} (intel files read again) in place of this one; changes made through the
     * API stay applied over it. Each list switches at once: a lookup sees the old entries or the new, never a
     * list half replaced.
     */
    public void replaceBaseline(IntelLists loaded) {
        Map<String, Map<String, Entry>> next = loaded.baseline;
        // the new baseline first: a removal made meanwhile is recorded against it, so it survives the swap
        baseline = next;
        for (String name : NAMES) {
            Overlay overlay = overlays.get(name);
            synchronized (overlay) {
                ConcurrentHashMap<String, Entry> live = new ConcurrentHashMap<>(next.getOrDefault(name, Map.of()));
                overlay.removed().forEach(live::remove);
                live.putAll(overlay.added());
                effective.put(name, live);
            }
        }
    }

    /** A copy of these lists whose API changes go to another store (the baseline is shared). */
    public IntelLists withStore(ListOverlayStore other) {
        return new IntelLists(baseline, other);
    }

    /** Whether the value is on the list and its entry has not expired at {@code at}. */
    public boolean contains(String list, String value, Instant at) {
        return find(list, value, at) != null;
    }

    /**
     * {@link #contains} for a value already in the list's normal form ({@link #normalize}): a number in E.164
     * as read from a caller, which normalizing would parse a second time.
     */
    public boolean containsNormalized(String list, String normalized, Instant at) {
        return normalized != null && live(effective.get(list), normalized, at) != null;
    }

    Entry find(String list, String value, Instant now) {
        if (value == null) {
            return null;
        }
        return live(effective.get(list), normalize(list, value), now);
    }

    private static Entry live(Map<String, Entry> entries, String normalized, Instant now) {
        Entry e = entries == null ? null : entries.get(normalized);
        return e == null || (e.expiresAt() != null && !e.expiresAt().isAfter(now)) ? null : e;
    }

    public boolean isList(String list) {
        return effective.containsKey(list);
    }

    /** Every entry of a list, expired ones included, sorted by value. */
    public List<Listed> entries(String list) {
        Overlay overlay = overlays.get(list);
        List<Listed> out = new ArrayList<>();
        synchronized (overlay) {
            effective.get(list).values().forEach(e -> out.add(new Listed(e,
                    overlay.added().containsKey(e.value()) ? "api" : "intel-file")));
        }
        out.sort(Comparator.comparing(l -> l.entry().value()));
        return out;
    }

    /** Adds or replaces entries (values already normalized) and persists the change before returning. */
    public void put(String list, List<Entry> entries) {
        Overlay overlay = overlays.get(list);
        synchronized (overlay) {
            for (Entry e : entries) {
                overlay.added().put(e.value(), e);
                overlay.removed().remove(e.value());
            }
            store.save(list, overlay);
            entries.forEach(e -> effective.get(list).put(e.value(), e));
        }
    }

    /** Removes values (normalized here) and persists the change; returns the values that were on the list. */
    public List<String> remove(String list, List<String> values) {
        Overlay overlay = overlays.get(list);
        List<String> removed = new ArrayList<>();
        synchronized (overlay) {
            for (String raw : values) {
                String v = normalize(list, raw);
                if (effective.get(list).containsKey(v)) {
                    removed.add(v);
                    overlay.added().remove(v);
                    if (baseline.getOrDefault(list, Map.of()).containsKey(v)) {
                        overlay.removed().add(v);
                    }
                }
            }
            if (!removed.isEmpty()) {
                store.save(list, overlay);
                removed.forEach(effective.get(list)::remove);
            }
        }
        return removed;
    }

    /** The form a value is stored and compared in: E.164 numbers, lower-case registrable domains. */
    public static String normalize(String list, String value) {
        String v = value.strip();
        if (list.endsWith("-numbers")) {
            return CallerNumbers.normalize(v);
        }
        if (list.endsWith("-domains")) {
            String host = v.toLowerCase(Locale.ROOT);
            return IPV4.matcher(host).matches() ? host : RegistrableDomains.of(host);
        }
        return v;
    }

    /** Reads the CSV baseline of every list from {@code intelDir}; problems are collected, not thrown. */
    public static Map<String, Map<String, Entry>> loadBaseline(Path intelDir, List<String> problems) {
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
        return lists;
    }
}
