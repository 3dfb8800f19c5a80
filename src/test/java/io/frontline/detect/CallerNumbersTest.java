package io.frontline.detect;

import io.frontline.domain.Caller;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Caller numbers in any formatting, read for their risk. */
class CallerNumbersTest {
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-22T04:00:00Z");
    private final CallerNumbers numbers = new CallerNumbers(StarterPolicy.intel().intel().numberRanges(),
            StarterPolicy.intel().intel().lists());

    @Test
    void virtual_operator_ranges_are_recognised_in_any_format() {
        for (String n : new String[] {"+8617012345678", "170 1234 5678", "0086-170-1234-5678", "１７０１２３４５６７８",
                "(+86) 165 0000 1111", "17112345678"}) {
            Caller c = numbers.read(n, NOW);
            assertTrue(c.isVirtualOperator(), n);
            assertFalse(c.isInternational(), n);
        }
        assertEquals("+8617012345678", numbers.read("１７０ １２３４ ５６７８", NOW).getNumber());
    }

    @Test
    void international_numbers_are_recognised_with_their_region() {
        Caller c = numbers.read("+63 917 123 4567", NOW);
        assertTrue(c.isInternational());
        assertEquals("PH", c.getRegion());
        assertTrue(numbers.read("00855 12 345 678", NOW).isInternational());
    }

    @Test
    void ordinary_mobiles_and_official_hotlines_are_not_risky() {
        Caller mobile = numbers.read("138 0013 8000", NOW);
        assertFalse(mobile.isVirtualOperator() || mobile.isInternational());
        Caller hotline = numbers.read("95588", NOW);
        assertTrue(hotline.isServiceHotline());
        assertFalse(hotline.isInternational());
    }

    @Test
    void block_listed_numbers_match_whatever_their_format() {
        for (String written : List.of("170 9999 8888", "+86 170-9999-8888", "+8617099998888", "0086 17099998888")) {
            assertTrue(numbers.read(written, NOW).isBlockListed(), written);
        }
        assertFalse(numbers.read("170 9999 8889", NOW).isBlockListed());
    }
}
