package io.frontline.decide;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision ids sort in the order they were made. */
class DecisionIdsTest {

    @Test
    void ids_are_time_ordered_and_unique_even_within_one_millisecond() {
        DecisionIds ids = new DecisionIds(Clock.systemUTC());
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);
        assertEquals(made, sorted);
        assertEquals(made.size(), made.stream().distinct().count());
        assertTrue(made.get(0).matches("dcs-[0-9A-HJKMNP-TV-Z]{26}"), made.get(0));
    }
}
