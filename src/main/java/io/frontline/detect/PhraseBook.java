package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.ScamText;
import io.frontline.domain.WireEnum;

import java.nio.file.Path;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The scam-language dictionary policy staff keep in {@code intel/scam-phrases.csv}:
 * {@code category,language,weight,phrase}. A category is a scam type (police-impersonation, ...) or a cue
 * (verification-code, wants-human, ...). Weight 2 marks a phrase that alone is enough to suspect its scam
 * type; weight 1 phrases need company.
 */
public final class PhraseBook {
    public static final PhraseBook EMPTY = new PhraseBook(List.of());

    /** One dictionary entry, with its folded form for matching. */
    public record Phrase(String category, Language language, int weight, String text, String folded) {
        public boolean isCue() {
            return ScamText.Cue.ALL.contains(category);
        }
    }

    private final List<Phrase> phrases;
    private final Map<String, List<Phrase>> byFolded;
    private final Trie trie;

    public PhraseBook(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, List<Phrase>> index = new HashMap<>();
        Trie.TrieBuilder builder = Trie.builder();
        for (Phrase p : phrases) {
            index.computeIfAbsent(p.folded(), k -> new ArrayList<>(1)).add(p);
            builder.addKeyword(p.folded());
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFolded = Map.copyOf(index);
        this.trie = builder.build();
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** Every occurrence of every phrase in folded text, in one pass (Aho–Corasick), overlaps included. */
    void scan(String folded, Hit hit) {
        for (Emit e : trie.parseText(folded)) {
            for (Phrase p : byFolded.get(e.getKeyword())) {
                hit.found(p, e.getStart(), e.getEnd() + 1);
            }
        }
    }

    /** Receives one occurrence of a phrase: its start and end (exclusive) in the folded text. */
    interface Hit {
        void found(Phrase phrase, int start, int end);
    }

    public static PhraseBook load(Path file, List<String> problems) {
        List<Phrase> phrases = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CsvLines.Row row : CsvLines.read(file)) {
            String where = file.getFileName() + ":" + row.line();
            String category = row.cell(0);
            Optional<Language> language = WireEnum.parse(Language.class, row.cell(1));
            String text = row.cell(3);
            int weight;
            try {
                weight = Integer.parseInt(row.cell(2));
            } catch (NumberFormatException e) {
                problems.add(where + ": weight '" + row.cell(2) + "' is not a whole number");
                continue;
            }
            if (category.isEmpty() || text.isEmpty()) {
                problems.add(where + ": category and phrase are required");
            } else if (language.isEmpty()) {
                problems.add(where + ": language '" + row.cell(1) + "' is not one of "
                        + WireEnum.spellings(Language.class));
            } else if (weight < 1 || weight > 2) {
                problems.add(where + ": weight must be 1 or 2");
            } else {
                String folded = TextNormalizer.fold(text);
                if (folded.isEmpty()) {
                    problems.add(where + ": phrase '" + text + "' has no letters after folding");
                } else if (seen.add(category + "\u0000" + folded)) {
                    // a Traditional spelling that folds to a listed Simplified one adds nothing: count it once
                    phrases.add(new Phrase(category, language.get(), weight, text, folded));
                }
            }
        }
        return new PhraseBook(phrases);
    }
}
