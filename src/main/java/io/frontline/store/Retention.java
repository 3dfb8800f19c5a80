package io.frontline.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.Freeze;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.learn.Learning;
import io.frontline.review.Anchor;
import io.frontline.review.DecisionIndex;
import io.frontline.review.FileReviewLog;
import io.frontline.review.Segment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the review log to its retention: whole UTC days older than {@code retentionDays} are purged with the
 * segments that hold them, and forgotten in memory too — reviews and feedback they recorded, the rule report's
 * days, the decision index's blocks — so what is shown equals what the kept log rebuilds after a restart.
 * Freezes never lapse with retention: the freezes that stand are written again before a purge.
 */
public final class Retention {
    private final FileReviewLog log;
    private final DecisionService service;
    private final Learning learning;
    private final DecisionIndex index;
    private final int retentionDays;
    private final Clock clock;

    public Retention(FileReviewLog log, DecisionService service, Learning learning, DecisionIndex index,
                     int retentionDays, Clock clock) {
        this.log = log;
        this.service = service;
        this.learning = learning;
        this.index = index;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** What a purge removed. */
    public record Purged(int segments, long upToSeq) {
        static final Purged NOTHING = new Purged(0, 0);
    }

    /** The first UTC day kept. */
    public LocalDate firstDayKept() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(retentionDays);
    }

    /** Purges what is older than the retention; blocking (run it off the event loop). */
    public synchronized Purged purge() {
        LocalDate firstDay = firstDayKept();
        Instant cutoff = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<Path> before = log.segments().stream().map(Segment::file).collect(Collectors.toSet());
        List<Freeze> standing = service.freezes();
        if (!standing.isEmpty() && !log.segmentsBefore(cutoff).isEmpty()) {
            // written before the freezes' own entries may go, so a restart still finds them standing
            log.append("standing-freezes", standingFreezes(standing)).join();
        }
        Optional<Anchor> anchor = log.purge(cutoff);
        learning.forget(anchor.map(Anchor::seq).orElse(0L), firstDay);
        if (anchor.isEmpty()) {
            return Purged.NOTHING;
        }
        Set<Path> kept = log.segments().stream().map(Segment::file).collect(Collectors.toSet());
        before.removeAll(kept);
        index.forget(before);
        return new Purged(before.size(), anchor.get().seq());
    }

    private static String standingFreezes(List<Freeze> freezes) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("freezes");
        freezes.forEach(f -> items.add(LearningJson.freeze(f)));
        return o.toString();
    }
}
