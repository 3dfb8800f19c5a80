package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.Freeze;
import io.frontline.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Rebuilds state from the review log at start: the freezes that stand (frozen, not released since). */
public final class ReviewLogReplay {
    private ReviewLogReplay() {}

    /** Puts back every freeze the log shows still standing; returns how many entries were read. */
    public static long freezes(Path file, DecisionService service) {
        if (!Files.exists(file)) {
            return 0;
        }
        long read = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t", 4);
                if (parts.length < 4) {
                    continue;
                }
                read++;
                switch (parts[1]) {
                    case "freeze" -> {
                        JsonNode e = Json.MAPPER.readTree(parts[2]);
                        service.restore(new Freeze(e.path("accountId").asText(), Instant.parse(e.path("since").asText()),
                                e.path("reason").asText(), null, e.path("by").asText()), false);
                    }
                    case "release" -> {
                        JsonNode e = Json.MAPPER.readTree(parts[2]);
                        service.restore(new Freeze(e.path("accountId").asText(), Instant.EPOCH, "", null, ""), true);
                    }
                    case "decision" -> {
                        if (parts[2].contains("\"outcome\":\"emergency-freeze\"")) {
                            JsonNode e = Json.MAPPER.readTree(parts[2]);
                            JsonNode request = e.path("request");
                            String account = request.has("payer") ? request.path("payer").path("accountId").asText()
                                    : request.path("customer").path("accountId").asText(null);
                            JsonNode decision = e.path("decision");
                            if (account != null && "emergency-freeze".equals(decision.path("outcome").asText())) {
                                service.restore(new Freeze(account, java.time.OffsetDateTime.parse(
                                        decision.path("decidedAt").asText()).toInstant(), "emergency-freeze decision",
                                        decision.path("decisionId").asText(), "rules"), false);
                            }
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review log " + file, e);
        }
        return read;
    }
}
