package io.frontline.detect;

import io.frontline.domain.LinkFinding;
import io.frontline.domain.Links;
import io.frontline.support.StarterPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the look-alike link detector on the sets in {@code src/test/resources/lookalikes/} (see its README for
 * how they were produced): permutations of protected domains from the independent generator dnstwist, hand-made
 * cases for techniques it does not produce, and legitimate popular domains.
 */
final class LookalikeEvaluation {
    static final Path DIR = StarterPolicy.ROOT.resolve("src/test/resources/lookalikes");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    private final LinkInspector inspector = new LinkInspector(StarterPolicy.intel().intel().brands(),
            StarterPolicy.intel().intel().lists());

    /** Flagged and total, overall and per dnstwist fuzzer. */
    record Rate(int flagged, int total) {
        double value() {
            return total == 0 ? 1 : flagged / (double) total;
        }

        @Override
        public String toString() {
            return String.format("%d/%d = %.4f", flagged, total, value());
        }
    }

    LinkFinding finding(String link) {
        Links links = inspector.inspect(NOW, link);
        return links.getFindings().isEmpty() ? null : links.getFindings().get(0);
    }

    /** dnstwist permutations, minus those that are themselves official domains: fuzzer → rate ("all" for the sum). */
    Map<String, Rate> generated(List<String> missed) {
        Map<String, int[]> counts = new TreeMap<>();
        ProtectedBrands brands = StarterPolicy.intel().intel().brands();
        for (Path tsv : files("dnstwist", ".fuzzers.tsv")) {
            for (String line : lines(tsv).subList(1, lines(tsv).size())) {
                String[] parts = line.split("\t");
                String domain = parts[0];
                if (brands.isOfficial(RegistrableDomains.of(domain))) {
                    continue;
                }
                boolean flagged = finding("http://" + domain + "/") != null;
                for (String key : List.of(parts[1], "all")) {
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[1]++;
                    if (flagged) {
                        c[0]++;
                    }
                }
                if (!flagged) {
                    missed.add(domain + " (" + parts[1] + ", " + tsv.getFileName() + ")");
                }
            }
        }
        Map<String, Rate> rates = new TreeMap<>();
        counts.forEach((k, c) -> rates.put(k, new Rate(c[0], c[1])));
        return rates;
    }

    Rate legitimate(List<String> flagged) {
        List<String> domains = lines(DIR.resolve("legitimate-domains.txt")).stream().filter(l -> !l.isBlank()).toList();
        for (String d : domains) {
            LinkFinding f = finding("https://www." + d + "/");
            if (f != null) {
                flagged.add(d + " -> " + f.getLooksLike() + " (" + f.getTechnique() + ")");
            }
        }
        return new Rate(flagged.size(), domains.size());
    }

    /** Hand-made cases: flagged, and naming the official domain imitated when the case names one. */
    Rate handmade(List<String> wrong) {
        List<io.frontline.detect.CsvLines.Row> rows = io.frontline.detect.CsvLines.parse(String.join("\n",
                lines(DIR.resolve("handmade.csv"))));
        int right = 0;
        for (io.frontline.detect.CsvLines.Row r : rows) {
            String input = r.cell(0);
            String link = input.contains("://") ? input : "http://" + input;
            LinkFinding f = finding(link);
            String expected = r.cell(1);
            boolean ok = f != null && (expected.isEmpty() || expected.equals(f.getLooksLike()));
            if (ok) {
                right++;
            } else {
                wrong.add(input + " (" + r.cell(2) + ") expected " + (expected.isEmpty() ? "a finding" : expected)
                        + " got " + (f == null ? "nothing" : f.getLooksLike() + " / " + f.getTechnique()));
            }
        }
        return new Rate(right, rows.size());
    }

    private static List<Path> files(String sub, String suffix) {
        try (Stream<Path> s = Files.list(DIR.resolve(sub))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        LookalikeEvaluation e = new LookalikeEvaluation();
        List<String> missed = new ArrayList<>();
        e.generated(missed).forEach((k, v) -> System.out.println("generated " + k + ": " + v));
        List<String> flagged = new ArrayList<>();
        System.out.println("legitimate flagged: " + e.legitimate(flagged));
        List<String> wrong = new ArrayList<>();
        System.out.println("handmade right: " + e.handmade(wrong));
        if (args.length > 0) {
            missed.stream().limit(Integer.parseInt(args[0])).forEach(m -> System.out.println("missed " + m));
            flagged.forEach(f -> System.out.println("false " + f));
            wrong.forEach(w -> System.out.println("wrong " + w));
        }
    }
}
