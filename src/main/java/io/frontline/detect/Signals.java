package io.frontline.detect;

import io.frontline.domain.ScamSuspicion;
import io.frontline.domain.ScamText;
import io.frontline.domain.Signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the signals that several detectors share. */
final class Signals {
    private Signals() {}

    /** The phrases found for the given cues, as {@code phrases: [...]}, empty when none. */
    static Map<String, Object> phrases(ScamText text, String... cues) {
        List<String> found = new java.util.ArrayList<>();
        for (String cue : cues) {
            found.addAll(text.getMatches().getOrDefault(cue, List.of()));
        }
        return found.isEmpty() ? Map.of() : Map.of("phrases", List.copyOf(found));
    }

    /** A {@code scam-text} signal naming the scam types suspected and every phrase found, if any. */
    static Optional<Signal> scamText(ScamLanguage.Reading reading, String source) {
        if (!reading.text().isAnyScamWording()) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", source);
        detail.put("language", reading.text().getLanguage().wire());
        detail.put("scamTypes", reading.suspicions().stream().map(ScamSuspicion::getType).toList());
        detail.put("phrases", reading.text().getMatches());
        return Optional.of(new Signal("scam-text", detail));
    }
}
