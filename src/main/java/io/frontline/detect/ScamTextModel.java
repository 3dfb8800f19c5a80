package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.WireEnum;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A naive Bayes model of scam wording, learnt at load time from labelled example messages policy staff keep in
 * {@code intel/scam-examples.csv} ({@code id,language,label,text}; label a scam type or {@code benign}). It
 * catches the many ways of saying a scam that no phrase list can enumerate: Chinese text is read as
 * character 1–3-grams of the folded text, English as words and word pairs. A type is suspected only when it
 * beats {@code benign}; the evidence is the features that weighed most for it. Immutable after training.
 */
public final class ScamTextModel {
    public static final ScamTextModel EMPTY = new ScamTextModel(List.of(), Map.of(), new double[0]);
    private static final String BENIGN = "benign";
    /** Share of a text's features (in tenths) the examples must know before the model judges it. */
    private static final int KNOWN_SHARE_TENTHS = 3;

    private final List<String> labels;
    private final Map<String, double[]> weights;
    private final double[] prior;
    private final double[] unseen;

    private ScamTextModel(List<String> labels, Map<String, double[]> weights, double[] prior) {
        this.labels = List.copyOf(labels);
        this.weights = Map.copyOf(weights);
        this.prior = prior.clone();
        this.unseen = new double[labels.size()];
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
        Map<String, int[]> counts = new HashMap<>();
        long[] totals = new long[n];
        int[] docs = new int[n];
        for (Example e : examples) {
            int l = labels.indexOf(e.label());
            docs[l]++;
            for (String f : features(e.text(), e.language())) {
                counts.computeIfAbsent(f, k -> new int[n])[l]++;
                totals[l]++;
            }
        }
        int vocabulary = counts.size();
        Map<String, double[]> weights = new HashMap<>(counts.size() * 2);
        counts.forEach((f, c) -> {
            double[] w = new double[n];
            for (int l = 0; l < n; l++) {
                w[l] = Math.log((c[l] + 1.0) / (totals[l] + vocabulary));
            }
            weights.put(f, w);
        });
        double[] prior = new double[n];
        for (int l = 0; l < n; l++) {
            prior[l] = Math.log(docs[l] / (double) examples.size());
        }
        ScamTextModel model = new ScamTextModel(labels, weights, prior);
        for (int l = 0; l < n; l++) {
            model.unseen[l] = Math.log(1.0 / (totals[l] + vocabulary));
        }
        return model;
    }

    /** The scam type the text reads as, if one beats benign. */
    public Optional<Verdict> read(String text, Language language) {
        if (labels.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        Set<String> features = features(text, language);
        double[] score = prior.clone();
        List<String> known = new ArrayList<>(features.size());
        for (String f : features) {
            double[] w = weights.get(f);
            if (w == null) {
                w = unseen;
            } else {
                known.add(f);
            }
            for (int l = 0; l < score.length; l++) {
                score[l] += w[l];
            }
        }
        int best = 0;
        for (int l = 1; l < score.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        int benign = labels.indexOf(BENIGN);
        // text mostly unlike anything in the examples (links, names, numbers) is not judged
        if (best == benign || known.size() * 10 < features.size() * KNOWN_SHARE_TENTHS) {
            return Optional.empty();
        }
        int b = best;
        List<String> evidence = known.stream()
                .sorted((x, y) -> Double.compare(weights.get(y)[b] - weights.get(y)[benign],
                        weights.get(x)[b] - weights.get(x)[benign]))
                .limit(3).map(f -> f.substring(2).replace('_', ' ')).toList();
        return Optional.of(new Verdict(labels.get(best), evidence));
    }

    static Set<String> features(String text, Language language) {
        Set<String> out = new LinkedHashSet<>();
        if (language == Language.EN) {
            String[] words = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}]+");
            String previous = null;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                out.add("w:" + w);
                if (previous != null) {
                    out.add("b:" + previous + "_" + w);
                }
                previous = w;
            }
        } else {
            // Chinese wording only: links, numbers and Latin names say nothing about the kind of message
            String f = TextNormalizer.fold(text).replaceAll("[\\x00-\\x7F]+", "");
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= f.length(); i++) {
                    out.add("c:" + f.substring(i, i + n));
                }
            }
        }
        return out;
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

    @Override
    public String toString() {
        return "ScamTextModel" + Arrays.toString(labels.toArray());
    }
}
