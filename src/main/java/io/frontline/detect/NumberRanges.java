package io.frontline.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mainland number prefixes with a meaning for fraud, kept by policy staff in {@code intel/number-ranges.csv}:
 * {@code prefix,kind,note}. Kinds: {@code virtual-operator} (mobile virtual network operators' ranges, much
 * used by scam callers) and {@code service-hotline} (short numbers and 400/800 numbers of official services).
 */
public final class NumberRanges {
    public static final NumberRanges EMPTY = new NumberRanges(List.of());
    public static final String VIRTUAL_OPERATOR = "virtual-operator";
    public static final String SERVICE_HOTLINE = "service-hotline";

    /** One prefix of national significant numbers. */
    public record Range(String prefix, String kind, String note) {}

    private final List<Range> ranges;

    public NumberRanges(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(b.prefix().length(), a.prefix().length()));
        this.ranges = List.copyOf(sorted);
    }

    /** The longest range whose prefix starts the national number. */
    public Optional<Range> match(String nationalNumber) {
        return ranges.stream().filter(r -> nationalNumber.startsWith(r.prefix())).findFirst();
    }

    public static NumberRanges load(Path file, List<String> problems) {
        List<Range> ranges = new ArrayList<>();
        for (CsvLines.Row row : CsvLines.read(file)) {
            String prefix = row.cell(0);
            String kind = row.cell(1);
            if (!prefix.matches("[0-9]{1,8}")) {
                problems.add(file.getFileName() + ":" + row.line() + ": prefix '" + prefix + "' must be 1-8 digits");
            } else if (!kind.equals(VIRTUAL_OPERATOR) && !kind.equals(SERVICE_HOTLINE)) {
                problems.add(file.getFileName() + ":" + row.line() + ": kind '" + kind + "' must be "
                        + VIRTUAL_OPERATOR + " or " + SERVICE_HOTLINE);
            } else {
                ranges.add(new Range(prefix, kind, row.cell(2)));
            }
        }
        return new NumberRanges(ranges);
    }
}
