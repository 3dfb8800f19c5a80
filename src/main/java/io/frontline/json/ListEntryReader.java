package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.detect.IntelLists;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads intel-list entries ({@code PUT /v1/lists/{list}/entries}: one entry or an array), normalizing values. */
public final class ListEntryReader {
    /** Most entries one request may change. */
    public static final int MAX_ENTRIES = 1_000;
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9\\p{L}](?:[a-z0-9\\p{L}-]{0,62}\\.)*[a-z0-9\\p{L}-]{1,63}\\.?");
    private static final Pattern DIGITS = Pattern.compile(".*[0-9０-９].*");

    private ListEntryReader() {}

    public static List<IntelLists.Entry> entries(String list, JsonNode body) {
        Fields f = new Fields();
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        if (items.isEmpty() || items.size() > MAX_ENTRIES) {
            throw new InvalidPayloadException(List.of(new FieldError("entries",
                    "send one entry or an array of 1 to " + MAX_ENTRIES)));
        }
        List<IntelLists.Entry> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            String at = body.isArray() ? "[" + i + "]." : "";
            if (!n.isObject()) {
                f.error(body.isArray() ? "[" + i + "]" : "entry", "must be an object");
                continue;
            }
            String value = f.text(n, "value", at + "value", true, 256);
            String reason = f.text(n, "reason", at + "reason", false, 500);
            String source = f.text(n, "source", at + "source", false, 200);
            OffsetDateTime expires = f.time(n, "expiresAt", at + "expiresAt");
            if (value != null && !valid(list, value.strip())) {
                f.error(at + "value", "is not a valid " + kind(list));
                continue;
            }
            if (value != null) {
                out.add(new IntelLists.Entry(IntelLists.normalize(list, value), reason == null ? "" : reason,
                        source == null ? "" : source, expires == null ? null : expires.toInstant()));
            }
        }
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return out;
    }

    private static boolean valid(String list, String value) {
        if (list.endsWith("-numbers")) {
            return DIGITS.matcher(value).matches() && value.length() <= 32;
        }
        if (list.endsWith("-domains")) {
            return HOST.matcher(value).matches() && value.contains(".");
        }
        return value.chars().allMatch(c -> c > 0x20 && c != 0x7F);
    }

    private static String kind(String list) {
        if (list.endsWith("-numbers")) {
            return "phone number";
        }
        return list.endsWith("-domains") ? "domain" : "identifier (printable, no spaces)";
    }
}
