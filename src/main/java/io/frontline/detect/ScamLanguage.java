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
    /** Cues of pressure that let one suggestive phrase stand for its scam type. */
    static final Set<String> PRESSURE = Set.of(ScamText.Cue.URGENCY, ScamText.Cue.SECRECY, ScamText.Cue.CLAIMS_OFFICIAL,
            ScamText.Cue.VERIFICATION_CODE, ScamText.Cue.REMOTE_CONTROL, ScamText.Cue.SCREEN_SHARING,
            ScamText.Cue.SAFE_ACCOUNT, ScamText.Cue.UPFRONT_FEE);

    private final PhraseBook book;
    private final ScamTextModel model;

    public ScamLanguage(PhraseBook book) {
        this(book, ScamTextModel.EMPTY);
    }

    /** @param model read contacts' words too (never payment memos, which are too short for it) */
    public ScamLanguage(PhraseBook book, ScamTextModel model) {
        this.book = book;
        this.model = model;
    }

    /** The wording and the scam types it suggests. */
    public record Reading(ScamText text, List<ScamSuspicion> suspicions) {}

    public Reading read(String text, Language language, String seenIn) {
        if (text == null || text.isBlank()) {
            return new Reading(new ScamText(language, Map.of(), Set.of(), 0), List.of());
        }
        String folded = TextNormalizer.fold(text);
        Map<String, List<String>> matches = new LinkedHashMap<>();
        Map<String, Integer> strength = new LinkedHashMap<>();
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        Map<String, Set<String>> distinct = new LinkedHashMap<>();
        book.scan(folded, (phrase, from, to) -> {
            // a phrase counts once towards its scam type's strength, however often it is repeated
            if (distinct.computeIfAbsent(phrase.category(), k -> new LinkedHashSet<>()).add(phrase.text())) {
                matches.computeIfAbsent(phrase.category(), k -> new ArrayList<>()).add(phrase.text());
                if (!phrase.isCue()) {
                    strength.merge(phrase.category(), phrase.weight(), Integer::sum);
                }
            }
            spans.computeIfAbsent(phrase.category(), k -> new ArrayList<>()).add(new int[] {from, to});
        });
        Set<String> cues = new LinkedHashSet<>();
        for (String category : matches.keySet()) {
            if (ScamText.Cue.ALL.contains(category)) {
                cues.add(category);
            }
        }
        int humanRequests = separate(spans.getOrDefault(ScamText.Cue.WANTS_HUMAN, List.of()));
        List<ScamSuspicion> suspicions = new ArrayList<>();
        boolean pressure = cues.stream().anyMatch(PRESSURE::contains);
        strength.forEach((type, s) -> {
            if (s >= SUSPICION_STRENGTH || (pressure && s >= 1)) {
                suspicions.add(new ScamSuspicion(type, s, matches.get(type), seenIn));
            }
        });
        if ("contact".equals(seenIn)) {
            model.read(text, folded, language).ifPresent(v -> {
                if (suspicions.stream().noneMatch(x -> x.getType().equals(v.type()))) {
                    suspicions.add(new ScamSuspicion(v.type(), SUSPICION_STRENGTH, v.evidence(), seenIn));
                    matches.put(v.type(), v.evidence());
                    strength.put(v.type(), SUSPICION_STRENGTH);
                }
            });
        }
        suspicions.sort((a, b) -> Integer.compare(b.getStrength(), a.getStrength()));
        Map<String, List<String>> kept = new LinkedHashMap<>();
        matches.forEach((category, found) -> {
            if (cues.contains(category) || strength.getOrDefault(category, 0) >= SUSPICION_STRENGTH
                    || (pressure && strength.getOrDefault(category, 0) >= 1)) {
                kept.put(category, List.copyOf(found));
            }
        });
        return new Reading(new ScamText(language, kept, cues, humanRequests), suspicions);
    }

    /** How many separate places the spans cover: overlapping phrases ("转人工" in "转人工客服") count once. */
    private static int separate(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        int places = 0;
        int end = -1;
        for (int[] span : sorted) {
            if (span[0] >= end) {
                places++;
                end = span[1];
            } else {
                end = Math.max(end, span[1]);
            }
        }
        return places;
    }
}
