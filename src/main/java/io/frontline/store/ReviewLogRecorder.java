package io.frontline.store;

import io.frontline.decide.Decided;
import io.frontline.decide.DecisionLog;
import io.frontline.json.ReviewRecord;
import io.frontline.review.FileReviewLog;

import java.util.concurrent.CompletableFuture;

/** Records each decision in the file review log, minimized ({@link ReviewRecord}). */
public final class ReviewLogRecorder implements DecisionLog {
    private final FileReviewLog log;

    public ReviewLogRecorder(FileReviewLog log) {
        this.log = log;
    }

    @Override
    public CompletableFuture<?> record(Object request, Decided decided, long nanos) {
        return log.append("decision", ReviewRecord.toJson(request, decided, nanos));
    }

    @Override
    public CompletableFuture<?> event(String kind, String json) {
        return log.append(kind, json);
    }

    @Override
    public boolean isWritable() {
        return log.isWritable();
    }
}
