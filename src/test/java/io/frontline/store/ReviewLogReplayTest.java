package io.frontline.store;

import io.frontline.decide.DecisionListener;
import io.frontline.decide.DecisionService;
import io.frontline.decide.RulesetSource;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.learn.Learning;
import io.frontline.learn.Pseudonyms;
import io.frontline.review.DecisionIndex;
import io.frontline.review.FileReviewLog;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a restart rebuilds from the log, including logs written by earlier versions. */
class ReviewLogReplayTest {
    private static final String FREEZE = "{\"event\":\"freeze\",\"accountId\":\"acc-1\",\"since\":\"2026-11-20T10:00:00Z\","
            + "\"reason\":\"fake police call\",\"by\":\"%s\",\"ruleset\":\"rs-1\"}";
    private static final String RELEASE = "{\"event\":\"release\",\"accountId\":\"acc-1\","
            + "\"freezeSince\":\"2026-11-20T10:00:00Z\",\"note\":\"called back\",\"by\":\"p-0000000000000000\","
            + "\"at\":\"2026-11-20T11:00:00Z\"}";
    private static final String STANDING = "{\"freezes\":[{\"accountId\":\"acc-1\",\"since\":\"2026-11-20T10:00:00Z\","
            + "\"reason\":\"fake police call\",\"by\":\"p-0000000000000000\"}]}";

    private record Rebuilt(DecisionService service, Learning learning) {}

    private static Rebuilt replay(String... kindsAndEvents) throws Exception {
        Path dir = Files.createTempDirectory("replay");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.STRICT, Duration.ofMillis(5))) {
            for (int i = 0; i < kindsAndEvents.length; i += 2) {
                log.append(kindsAndEvents[i], kindsAndEvents[i + 1]).join();
            }
        }
        DecisionService service = new DecisionService(RulesetSource.of(StarterPolicy.ruleset()),
                StarterPolicy.intel().intel(), new AccountMemory(100), DetectorSettings.DEFAULTS, Clock.systemUTC(),
                DecisionListener.NONE);
        Learning learning = new Learning();
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        ReviewLogReplay.replay(dir, service, learning, new LearningFollower(new DecisionIndex(), learning, service,
                new Pseudonyms(key)));
        return new Rebuilt(service, learning);
    }

    @Test
    void a_freeze_released_while_a_purge_wrote_it_again_stays_released() throws Exception {
        Rebuilt r = replay("freeze", FREEZE.formatted("p-0000000000000000"), "release", RELEASE,
                "standing-freezes", STANDING);
        assertFalse(r.service().freezeOf("acc-1").isPresent());
    }

    @Test
    void a_freeze_carried_forward_by_a_purge_stands_after_its_own_entry_is_gone() throws Exception {
        Rebuilt r = replay("standing-freezes", STANDING);
        assertEquals("fake police call", r.service().freezeOf("acc-1").orElseThrow().reason());
    }

    @Test
    void an_api_key_id_in_an_older_freeze_entry_is_shown_as_a_pseudonym_only() throws Exception {
        Rebuilt r = replay("freeze", FREEZE.formatted("agent-initial"));
        String by = r.service().freezeOf("acc-1").orElseThrow().by();
        assertTrue(by.matches("p-[0-9a-f]{16}"), by);
        String actor = r.learning().reviews(null).get(0).actor();
        assertEquals(by, actor);
    }
}
