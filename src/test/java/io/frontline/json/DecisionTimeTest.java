package io.frontline.json;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecisionTimeTest {
    private static final DateTimeFormatter CONTRACT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    @Test
    void a_decision_time_is_spelled_as_the_contract_formatter_spells_it() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    random.nextInt(1_000_000_000));
            ZoneOffset offset = switch (i % 4) {
                case 0 -> ZoneOffset.UTC;
                case 1 -> ZoneOffset.ofHoursMinutes(8, 0);
                case 2 -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1) / 60 * 60);
                default -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
            };
            OffsetDateTime t = instant.atOffset(offset);
            assertEquals(CONTRACT.format(t), DecisionTime.format(t), t::toString);
        }
    }

    @Test
    void utc_ends_in_z_and_other_offsets_in_hours_and_minutes() {
        assertEquals("2026-03-01T09:30:00.125Z",
                DecisionTime.format(OffsetDateTime.parse("2026-03-01T09:30:00.125999Z")));
        assertEquals("2026-03-01T09:30:00.005-03:30",
                DecisionTime.format(OffsetDateTime.parse("2026-03-01T09:30:00.005-03:30")));
    }
}
