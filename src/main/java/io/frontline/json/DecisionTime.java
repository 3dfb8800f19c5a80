package io.frontline.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A decision's time as the contract spells it: {@code 2026-03-01T09:30:00.125+08:00}, milliseconds always, and
 * {@code Z} for UTC. Written by hand, twice per decision (answer and review record); a formatter does the rare
 * time it cannot spell this way.
 */
final class DecisionTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private DecisionTime() {}

    static String format(OffsetDateTime t) {
        int offset = t.getOffset().getTotalSeconds();
        if (t.getYear() < 1000 || t.getYear() > 9999 || offset % 60 != 0) {
            return FORMAT.format(t);
        }
        char[] c = new char[offset == 0 ? 24 : 29];
        four(c, 0, t.getYear());
        c[4] = '-';
        two(c, 5, t.getMonthValue());
        c[7] = '-';
        two(c, 8, t.getDayOfMonth());
        c[10] = 'T';
        two(c, 11, t.getHour());
        c[13] = ':';
        two(c, 14, t.getMinute());
        c[16] = ':';
        two(c, 17, t.getSecond());
        c[19] = '.';
        int millis = t.getNano() / 1_000_000;
        c[20] = (char) ('0' + millis / 100);
        two(c, 21, millis % 100);
        if (offset == 0) {
            c[23] = 'Z';
        } else {
            int minutes = Math.abs(offset) / 60;
            c[23] = offset < 0 ? '-' : '+';
            two(c, 24, minutes / 60);
            c[26] = ':';
            two(c, 27, minutes % 60);
        }
        return new String(c);
    }

    private static void four(char[] c, int at, int value) {
        two(c, at, value / 100);
        two(c, at + 2, value % 100);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }
}
