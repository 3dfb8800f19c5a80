package io.frontline.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The look-alike detector against sets it was not written from (src/test/resources/lookalikes/README.md):
 * at least 97% of dnstwist's permutations of 18 protected domains flagged, at most 0.3% of 1,372 legitimate
 * domains flagged, and every hand-made case for techniques the generator does not produce caught.
 */
class LookalikeRatesTest {
    private final LookalikeEvaluation evaluation = new LookalikeEvaluation();

    @Test
    void at_least_97_percent_of_generated_typosquats_are_flagged() {
        List<String> missed = new ArrayList<>();
        Map<String, LookalikeEvaluation.Rate> rates = evaluation.generated(missed);
        LookalikeEvaluation.Rate all = rates.get("all");
        System.out.println("look-alikes: generated " + rates);
        assertTrue(all.total() > 40_000, "the generated sets are present: " + all);
        assertTrue(all.value() >= 0.97, all + "; e.g. missed " + missed.stream().limit(10).toList());
    }

    @Test
    void at_most_0_3_percent_of_legitimate_domains_are_flagged() {
        List<String> flagged = new ArrayList<>();
        LookalikeEvaluation.Rate rate = evaluation.legitimate(flagged);
        System.out.println("look-alikes: legitimate flagged " + rate + " " + flagged);
        assertTrue(rate.total() >= 1_000, rate.toString());
        assertTrue(rate.value() <= 0.003, rate + " " + flagged);
    }

    @Test
    void every_hand_made_case_names_the_official_domain_it_imitates() {
        List<String> wrong = new ArrayList<>();
        LookalikeEvaluation.Rate rate = evaluation.handmade(wrong);
        assertEquals(List.of(), wrong);
        assertTrue(rate.total() >= 40);
    }
}
