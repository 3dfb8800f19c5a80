package io.frontline.store;

import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.learn.Learning;
import io.frontline.review.DecisionIndex;
import io.frontline.review.LogEntry;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Follows the review log into the decision index and into learning: told of every entry in log order — at start
 * as the log is read back, then as each entry is written — it indexes decisions and turns freeze, feedback and
 * review events into reviews and report counts. Decisions are counted by the recorder as they are made
 * ({@link ReviewLogRecorder}) and by {@link ReviewLogReplay} at start, so the writer never parses a decision.
 */
public final class LearningFollower implements Consumer<LogEntry> {
    private final DecisionIndex index;
    private final Learning learning;

    public LearningFollower(DecisionIndex index, Learning learning) {
        this.index = index;
        this.learning = learning;
    }

    @Override
    public void accept(LogEntry entry) {
        switch (entry.kind()) {
            case "decision" -> index.accept(entry);
            case "freeze" -> {
                JsonNode e = Json.readLogged(entry.json());
                learning.frozen(e.path("accountId").asText(), e.path("reason").asText(), e.path("by").asText(),
                        Instant.parse(e.path("since").asText()), e.path("ruleset").asText(""), entry.seq());
            }
            case "feedback" -> {
                LearningJson.FeedbackEvent e = LearningJson.readFeedbackEvent(entry.json());
                learning.feedback(e.decision(), e.feedback(), entry.seq());
            }
            case "review" -> {
                LearningJson.ReviewEvent e = LearningJson.readReviewEvent(entry.json());
                learning.reviewed(e.reviewId(), e.update(), e.by(), e.at());
            }
            default -> { }
        }
    }
}
