package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.ScamSuspicion;
import io.frontline.domain.ScamText;
import io.frontline.domain.WireEnum;
import io.frontline.support.StarterPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the scam-language detector on a labelled corpus: per language and scam type, how many messages of
 * that type it names (recall) and how many it names that are of that type (precision). A message's predicted
 * types are the scam types its wording is suspected of, plus the type a scam-only cue implies (the same mapping
 * the starter rules use: a verification code, remote control or screen sharing request means a fake customer
 * service; a safe account means police impersonation; an upfront fee an advance-fee loan).
 */
final class ScamLanguageEvaluation {
    static final Map<String, String> CUE_TYPES = Map.of(
            ScamText.Cue.VERIFICATION_CODE, "impersonated-service",
            ScamText.Cue.REMOTE_CONTROL, "impersonated-service",
            ScamText.Cue.SCREEN_SHARING, "impersonated-service",
            ScamText.Cue.SAFE_ACCOUNT, "police-impersonation",
            ScamText.Cue.UPFRONT_FEE, "advance-fee-loan");

    record Row(String id, Language language, String label, String text) {}

    /** Counts for one language and type. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }
    }

    /** Language → type → score, plus a per-language total under type "all". */
    final Map<Language, Map<String, Score>> scores = new LinkedHashMap<>();
    final Map<String, Set<String>> mistakes = new TreeMap<>();

    static ScamLanguageEvaluation run(Path... corpora) {
        ScamLanguage detector = new ScamLanguage(StarterPolicy.intel().intel().phrases(), StarterPolicy.intel().intel().model());
        ScamLanguageEvaluation e = new ScamLanguageEvaluation();
        List<Row> rows = new java.util.ArrayList<>();
        for (Path corpus : corpora) {
            rows.addAll(read(corpus));
        }
        for (Row row : rows) {
            ScamLanguage.Reading reading = detector.read(row.text(), row.language(), "contact");
            Set<String> predicted = new HashSet<>();
            reading.suspicions().stream().map(ScamSuspicion::getType).forEach(predicted::add);
            CUE_TYPES.forEach((cue, type) -> {
                if (reading.text().hasCue(cue)) {
                    predicted.add(type);
                }
            });
            Map<String, Score> byType = e.scores.computeIfAbsent(row.language(), k -> new TreeMap<>());
            Set<String> types = new HashSet<>(predicted);
            if (!row.label().equals("benign")) {
                types.add(row.label());
            }
            for (String type : types) {
                boolean actual = row.label().equals(type);
                boolean said = predicted.contains(type);
                Score s = byType.computeIfAbsent(type, k -> new Score());
                Score all = byType.computeIfAbsent("all", k -> new Score());
                if (actual && said) {
                    s.tp++;
                    all.tp++;
                } else if (said) {
                    s.fp++;
                    all.fp++;
                    e.mistakes.computeIfAbsent(row.id(), k -> new HashSet<>()).add("said " + type + " for " + row.label());
                } else {
                    s.fn++;
                    all.fn++;
                    e.mistakes.computeIfAbsent(row.id(), k -> new HashSet<>()).add("missed " + type);
                }
            }
        }
        return e;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-8s %-28s %5s %5s %5s %9s %7s%n", "language", "type", "tp",
                "fp", "fn", "precision", "recall"));
        scores.forEach((lang, byType) -> byType.forEach((type, s) -> out.append(String.format(
                "%-8s %-28s %5d %5d %5d %9.3f %7.3f%n", lang.wire(), type, s.tp, s.fp, s.fn, s.precision(), s.recall()))));
        return out.toString();
    }

    static List<Row> read(Path file) {
        try {
            return io.frontline.detect.CsvLines.parse(Files.readString(file, StandardCharsets.UTF_8)).stream()
                    .map(r -> new Row(r.cell(0), WireEnum.parse(Language.class, r.cell(1)).orElseThrow(), r.cell(2),
                            r.cells().get(3)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        ScamLanguageEvaluation e = run(Arrays.stream(args).filter(a -> a.endsWith(".csv")).map(Path::of)
                .toArray(Path[]::new));
        System.out.print(e.table());
        if (Arrays.asList(args).contains("mistakes")) {
            Map<String, Row> rows = new LinkedHashMap<>();
            Arrays.stream(args).filter(a -> a.endsWith(".csv")).forEach(a -> read(Path.of(a)).forEach(r -> rows.put(r.id(), r)));
            e.mistakes.forEach((id, what) -> System.out.println(id + " " + rows.get(id).language().wire() + " "
                    + rows.get(id).label() + " " + what + " :: " + rows.get(id).text()));
        }
    }
}
