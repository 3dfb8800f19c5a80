package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.ScamSuspicion;
import io.frontline.domain.ScamText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads wording: which scam types and cues a text shows, and which phrases show them. */
public final class ScamLanguage {
    /** Summed phrase weight at which a scam type is suspected. */
    static final int SUSPICION_STRENGTH = 2;

    private final PhraseBook book;

    public ScamLanguage(PhraseBook book) {
        this.book = book;
    }

    /** The wording and the scam types it suggests. */
    public record Reading(ScamText text, List<ScamSuspicion> suspicions) {
        public static final Reading NONE = new Reading(ScamText.EMPTY, List.of());
    }

    public Reading read(String text, Language language, String seenIn) {
        if (text == null || text.isBlank()) {
            return new Reading(new ScamText(language, Map.of(), Set.of()), List.of());
        }
        String folded = TextNormalizer.fold(text);
        Map<String, List<String>> matches = new LinkedHashMap<>();
        Map<String, Integer> strength = new LinkedHashMap<>();
        Set<String> cues = new LinkedHashSet<>();
        for (PhraseBook.Phrase phrase : book.phrases()) {
            int occurrences = count(folded, phrase.folded());
            if (occurrences == 0) {
                continue;
            }
            List<String> found = matches.computeIfAbsent(phrase.category(), k -> new ArrayList<>());
            for (int i = 0; i < occurrences && found.size() < 8; i++) {
                found.add(phrase.text());
            }
            if (phrase.isCue()) {
                cues.add(phrase.category());
            } else {
                strength.merge(phrase.category(), phrase.weight(), Integer::sum);
            }
        }
        List<ScamSuspicion> suspicions = new ArrayList<>();
        strength.forEach((type, s) -> {
            if (s >= SUSPICION_STRENGTH) {
                suspicions.add(new ScamSuspicion(type, s, matches.get(type), seenIn));
            }
        });
        suspicions.sort((a, b) -> Integer.compare(b.getStrength(), a.getStrength()));
        Map<String, List<String>> kept = new LinkedHashMap<>();
        matches.forEach((category, found) -> {
            if (cues.contains(category) || strength.getOrDefault(category, 0) >= SUSPICION_STRENGTH) {
                kept.put(category, List.copyOf(found));
            }
        });
        return new Reading(new ScamText(language, kept, cues), suspicions);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return n;
            }
            n++;
            from = at + needle.length();
        }
    }
}
