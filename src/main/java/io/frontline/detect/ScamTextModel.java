package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.WireEnum;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A naive Bayes model of scam wording, learnt at load time from labelled example messages policy staff keep in
 * {@code intel/scam-examples.csv} ({@code id,language,label,text}; label a scam type or {@code benign}). It
 * catches the many ways of saying a scam that no phrase list can enumerate: Chinese text is read as
 * character 1–3-grams of its Chinese characters, English as words and word pairs. A type is named only when
 * it beats {@code benign} by a clear margin and the text is mostly made of features the examples know; the
 * evidence is the features that weighed most for it. Immutable after training.
 */
public final class ScamTextModel {
    public static final ScamTextModel EMPTY = new ScamTextModel(List.of(), new LongIndex(16), new double[0],
            new String[0], new double[0], new double[0]);
    private static final String BENIGN = "benign";
    /** Share of a text's features (in tenths) the examples must know before the model judges it. */
    private static final int KNOWN_SHARE_TENTHS = 3;
    /** How much more likely (natural log) than benign a scam type must be before the model names it. */
    private static final double MARGIN = 2.0;

    private final List<String> labels;
    private final LongIndex index;
    /** Log-probability of feature {@code f} under label {@code l} at {@code f * labels + l}. */
    private final double[] weights;
    private final String[] names;
    private final double[] prior;
    private final double[] unseen;

    private ScamTextModel(List<String> labels, LongIndex index, double[] weights, String[] names, double[] prior,
                          double[] unseen) {
        this.labels = List.copyOf(labels);
        this.index = index;
        this.weights = weights;
        this.names = names;
        this.prior = prior;
        this.unseen = unseen;
    }

    /** One example message. */
    public record Example(Language language, String label, String text) {}

    /** A suspected scam type and the features that weighed most for it. */
    public record Verdict(String type, List<String> evidence) {}

    public static ScamTextModel train(List<Example> examples) {
        List<String> labels = examples.stream().map(Example::label).distinct().sorted().toList();
        if (labels.size() < 2 || !labels.contains(BENIGN)) {
            return EMPTY;
        }
        int n = labels.size();
        LongIndex index = new LongIndex(examples.size() * 64);
        List<String> names = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        long[] totals = new long[n];
        int[] docs = new int[n];
        for (Example e : examples) {
            int l = labels.indexOf(e.label());
            docs[l]++;
            Features f = features(e.text(), TextNormalizer.fold(e.text()), e.language(), true);
            for (int i = 0; i < f.keys.length; i++) {
                int at = index.getOrAdd(f.keys[i]);
                if (at == counts.size()) {
                    counts.add(new int[n]);
                    names.add(f.names[i]);
                }
                counts.get(at)[l]++;
                totals[l]++;
            }
        }
        int vocabulary = counts.size();
        double[] weights = new double[vocabulary * n];
        for (int f = 0; f < vocabulary; f++) {
            for (int l = 0; l < n; l++) {
                weights[f * n + l] = Math.log((counts.get(f)[l] + 1.0) / (totals[l] + vocabulary));
            }
        }
        double[] prior = new double[n];
        double[] unseen = new double[n];
        for (int l = 0; l < n; l++) {
            prior[l] = Math.log(docs[l] / (double) examples.size());
            unseen[l] = Math.log(1.0 / (totals[l] + vocabulary));
        }
        return new ScamTextModel(labels, index, weights, names.toArray(String[]::new), prior, unseen);
    }

    /** The scam type the text reads as, if one beats benign. */
    public Optional<Verdict> read(String text, Language language) {
        return read(text, TextNormalizer.fold(text == null ? "" : text), language);
    }

    /** As {@link #read(String, Language)}, with the text already folded by {@link TextNormalizer#fold}. */
    public Optional<Verdict> read(String text, String folded, Language language) {
        if (labels.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        int n = labels.size();
        long[] keys = features(text, folded, language, false).keys;
        double[] score = prior.clone();
        int[] known = new int[keys.length];
        int knownCount = 0;
        for (long key : keys) {
            int f = index.get(key);
            if (f < 0) {
                for (int l = 0; l < n; l++) {
                    score[l] += unseen[l];
                }
            } else {
                known[knownCount++] = f;
                for (int l = 0; l < n; l++) {
                    score[l] += weights[f * n + l];
                }
            }
        }
        int best = 0;
        for (int l = 1; l < n; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        int benign = labels.indexOf(BENIGN);
        // text mostly unlike anything in the examples (links, names, numbers) is not judged
        if (best == benign || knownCount * 10 < keys.length * KNOWN_SHARE_TENTHS
                || score[best] - score[benign] < MARGIN) {
            return Optional.empty();
        }
        int b = best;
        List<String> evidence = Arrays.stream(known, 0, knownCount).boxed()
                .sorted((x, y) -> Double.compare(weights[y * n + b] - weights[y * n + benign],
                        weights[x * n + b] - weights[x * n + benign]))
                .limit(3).map(f -> names[f]).toList();
        return Optional.of(new Verdict(labels.get(best), evidence));
    }

    /** Feature keys (sorted, distinct) and, when asked, their readable names. */
    private record Features(long[] keys, String[] names) {}

    /**
     * Chinese text: character 1–3-grams of the folded Chinese characters (links, numbers and Latin names say
     * nothing about the kind of message); English: words and word pairs.
     */
    private static Features features(String text, String folded, Language language, boolean named) {
        long[] keys = new long[16];
        String[] names = named ? new String[16] : null;
        int count = 0;
        if (language == Language.EN) {
            String[] words = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}]+");
            String previous = null;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                if (count + 2 > keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                    names = named ? Arrays.copyOf(names, keys.length) : null;
                }
                if (named) {
                    names[count] = w;
                }
                keys[count++] = hash(1, w, null);
                if (previous != null) {
                    if (named) {
                        names[count] = previous + " " + w;
                    }
                    keys[count++] = hash(2, previous, w);
                }
                previous = w;
            }
        } else {
            char[] han = new char[folded.length()];
            int h = 0;
            for (int i = 0; i < folded.length(); i++) {
                if (folded.charAt(i) > 0x7F) {
                    han[h++] = folded.charAt(i);
                }
            }
            keys = new long[Math.max(1, 3 * h)];
            names = named ? new String[keys.length] : null;
            for (int len = 1; len <= 3; len++) {
                for (int i = 0; i + len <= h; i++) {
                    long key = (long) len << 48;
                    for (int j = 0; j < len; j++) {
                        key |= (long) han[i + j] << (16 * j);
                    }
                    if (named) {
                        names[count] = new String(han, i, len);
                    }
                    keys[count++] = key;
                }
            }
        }
        return distinct(keys, names, count);
    }

    /** Sorted, without repeats: a feature counts once per message. */
    private static Features distinct(long[] keys, String[] names, int count) {
        if (names == null) {
            long[] sorted = Arrays.copyOf(keys, count);
            Arrays.sort(sorted);
            int k = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[k++] = sorted[i];
                }
            }
            return new Features(Arrays.copyOf(sorted, k), null);
        }
        Map<Long, String> unique = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            unique.putIfAbsent(keys[i], names[i]);
        }
        long[] outKeys = new long[unique.size()];
        String[] outNames = new String[unique.size()];
        int i = 0;
        for (Map.Entry<Long, String> e : unique.entrySet()) {
            outKeys[i] = e.getKey();
            outNames[i++] = e.getValue();
        }
        return new Features(outKeys, outNames);
    }

    /** A 64-bit FNV-1a hash of one or two words, tagged so that words never meet character grams. */
    private static long hash(int tag, String a, String b) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x100000001b3L;
        }
        if (b != null) {
            h = (h ^ ' ') * 0x100000001b3L;
            for (int i = 0; i < b.length(); i++) {
                h = (h ^ b.charAt(i)) * 0x100000001b3L;
            }
        }
        return (h & 0x0000FFFFFFFFFFFFL | 0x0010000000000000L) ^ ((long) tag << 56);
    }

    public static ScamTextModel load(Path file, List<String> problems) {
        List<Example> examples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvLines.Row row : CsvLines.read(file)) {
            Optional<Language> language = WireEnum.parse(Language.class, row.cell(1));
            String label = row.cell(2);
            String text = row.cells().size() > 3 ? row.cells().get(3) : "";
            if (language.isEmpty() || label.isEmpty() || text.isBlank()) {
                problems.add(file.getFileName() + ":" + row.line() + ": needs a language, a label and a text");
            } else if (seen.add(row.cell(0))) {
                examples.add(new Example(language.get(), label, text));
            }
        }
        return train(examples);
    }
}
