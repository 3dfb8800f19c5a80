package io.frontline.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Brands whose official domains frontline protects, and the URL shorteners it recognizes. Kept by policy
 * staff in {@code intel/protected-domains.csv} ({@code brand,domain,name}) and
 * {@code intel/url-shorteners.csv} ({@code domain,note}).
 */
public final class ProtectedBrands {
    public static final ProtectedBrands EMPTY = new ProtectedBrands(List.of(), Set.of());

    /** One official domain of a brand, with its label and confusable skeleton worked out once. */
    public record Official(String brand, String domain, String name, String label, String ending, String skeleton,
                           String loose, Forms forms) {
        public static Official of(String brand, String domain, String name) {
            String label = RegistrableDomains.label(domain);
            String skeleton = Homoglyphs.skeleton(label);
            return new Official(brand, domain, name, label, LinkInspector.ending(domain), skeleton,
                    Homoglyphs.loose(skeleton), new Forms(domain + ".", "." + domain + ".", label + "-", "-" + label,
                    "-" + label + "-", "www" + label, domain.replace(".", ""),
                    List.of(label, brand, label.split("-")[0])));
        }
    }

    /** The spellings of an official domain the look-alike checks compare with, made once. */
    public record Forms(String asSubdomain, String inside, String hyphenAfter, String hyphenBefore,
                        String hyphenAround, String withWww, String withoutDots, List<String> names) {}

    private final List<Official> officials;
    private final Set<String> officialDomains;
    private final Set<String> shorteners;

    public ProtectedBrands(List<Official> officials, Set<String> shorteners) {
        this.officials = List.copyOf(officials);
        Set<String> domains = new HashSet<>();
        officials.forEach(o -> domains.add(o.domain()));
        this.officialDomains = Set.copyOf(domains);
        this.shorteners = Set.copyOf(shorteners);
    }

    public List<Official> officials() {
        return officials;
    }

    public boolean isOfficial(String registrableDomain) {
        return officialDomains.contains(registrableDomain);
    }

    public boolean isShortener(String host) {
        return shorteners.contains(host) || shorteners.contains(RegistrableDomains.of(host));
    }

    public static ProtectedBrands load(Path intelDir, List<String> problems) {
        List<Official> officials = new ArrayList<>();
        Path file = intelDir.resolve("protected-domains.csv");
        if (Files.isRegularFile(file)) {
            for (CsvLines.Row row : CsvLines.read(file)) {
                String brand = row.cell(0);
                String domain = row.cell(1).toLowerCase(Locale.ROOT);
                if (brand.isEmpty() || !domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                    problems.add(file.getFileName() + ":" + row.line() + ": needs a brand and a domain like icbc.com.cn");
                } else if (!RegistrableDomains.of(domain).equals(domain)) {
                    problems.add(file.getFileName() + ":" + row.line() + ": '" + domain
                            + "' is not a registrable domain (use " + RegistrableDomains.of(domain) + ")");
                } else {
                    officials.add(Official.of(brand, domain, row.cell(2)));
                }
            }
        }
        Set<String> shorteners = new HashSet<>();
        Path shortFile = intelDir.resolve("url-shorteners.csv");
        if (Files.isRegularFile(shortFile)) {
            for (CsvLines.Row row : CsvLines.read(shortFile)) {
                if (!row.cell(0).isEmpty()) {
                    shorteners.add(row.cell(0).toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ProtectedBrands(officials, shorteners);
    }
}
