package io.frontline.detect;

import io.frontline.domain.Caller;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a caller number's format: normalizes any formatting (spaces, dashes, brackets, full-width digits,
 * {@code 00} or {@code +} prefixes) and tells whether it is international, in a virtual-operator range or
 * an official short hotline.
 */
public final class CallerNumbers {
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("1", "US"), Map.entry("7", "RU"), Map.entry("44", "GB"), Map.entry("49", "DE"),
            Map.entry("33", "FR"), Map.entry("39", "IT"), Map.entry("34", "ES"), Map.entry("61", "AU"),
            Map.entry("60", "MY"), Map.entry("62", "ID"), Map.entry("63", "PH"), Map.entry("64", "NZ"),
            Map.entry("65", "SG"), Map.entry("66", "TH"), Map.entry("81", "JP"), Map.entry("82", "KR"),
            Map.entry("84", "VN"), Map.entry("86", "CN"), Map.entry("91", "IN"), Map.entry("95", "MM"),
            Map.entry("852", "HK"), Map.entry("853", "MO"), Map.entry("855", "KH"), Map.entry("856", "LA"),
            Map.entry("886", "TW"), Map.entry("971", "AE"), Map.entry("880", "BD"), Map.entry("977", "NP"),
            Map.entry("234", "NG"), Map.entry("27", "ZA"), Map.entry("55", "BR"), Map.entry("52", "MX"),
            Map.entry("90", "TR"), Map.entry("92", "PK"), Map.entry("94", "LK"), Map.entry("20", "EG"));

    private final NumberRanges ranges;
    private final IntelLists lists;

    public CallerNumbers(NumberRanges ranges, IntelLists lists) {
        this.ranges = ranges;
        this.lists = lists;
    }

    public Caller read(String raw, Instant at) {
        if (raw == null || raw.isBlank()) {
            return Caller.NONE;
        }
        Parsed p = parse(raw);
        boolean domestic = "86".equals(p.callingCode);
        Optional<NumberRanges.Range> range = domestic ? ranges.match(p.national) : Optional.empty();
        boolean virtual = range.filter(r -> r.kind().equals(NumberRanges.VIRTUAL_OPERATOR)).isPresent();
        boolean hotline = range.filter(r -> r.kind().equals(NumberRanges.SERVICE_HOTLINE)).isPresent();
        String number = p.callingCode.isEmpty() ? p.national : "+" + p.callingCode + p.national;
        String region = p.callingCode.isEmpty() ? "" : REGIONS.getOrDefault(p.callingCode, "+" + p.callingCode);
        boolean listed = lists.contains(IntelLists.BLOCK_NUMBERS, number, at);
        boolean international = !p.callingCode.isEmpty() && !domestic;
        return new Caller(number, true, international, virtual, hotline, listed, region);
    }

    /** The number in its normalized form (E.164 where the format allows it). */
    public static String normalize(String raw) {
        Parsed p = parse(raw);
        return p.callingCode.isEmpty() ? p.national : "+" + p.callingCode + p.national;
    }

    private record Parsed(String callingCode, String national) {}

    private static Parsed parse(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        boolean plus = text.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String d = digits.toString();
        if (!plus && d.startsWith("00")) {
            plus = true;
            d = d.substring(2);
        }
        if (plus) {
            for (int len = 1; len <= 3 && len < d.length(); len++) {
                String code = d.substring(0, len);
                if (REGIONS.containsKey(code)) {
                    return new Parsed(code, d.substring(len));
                }
            }
            String code = d.substring(0, Math.min(3, d.length()));
            return new Parsed(code, d.substring(code.length()));
        }
        if (d.length() == 13 && d.startsWith("86")) {
            return new Parsed("86", d.substring(2));
        }
        if (d.length() == 11 && d.startsWith("1")) {
            return new Parsed("86", d);
        }
        if (d.startsWith("0") && d.length() >= 10 && d.length() <= 12) {
            return new Parsed("86", d.substring(1));
        }
        if (d.startsWith("400") || d.startsWith("800") || (d.startsWith("95") && d.length() <= 6)
                || (d.startsWith("1") && d.length() == 5)) {
            return new Parsed("86", d);
        }
        return new Parsed("", d);
    }
}
