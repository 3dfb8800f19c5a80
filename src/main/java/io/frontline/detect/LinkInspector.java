package io.frontline.detect;

import io.frontline.domain.LinkFinding;
import io.frontline.domain.Links;

import java.net.IDN;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in free text (with or without a scheme, inside Chinese text, with full-width punctuation) and
 * tells which official domain a link imitates and how. Official and allow-listed domains raise nothing.
 */
public final class LinkInspector {
    private static final String TLDS = "com|cn|net|org|top|xyz|vip|cc|co|io|me|info|hk|tw|mo|shop|site|online|club|ly|gl|so|im|app|link"
            + "|live|ru|uk|jp|kr|sg|us|biz|icu|fun|work|tk|ml|ga|cf|gq|pw|in|asia|wang|ltd|store|tech|cloud"
            + "|life|xin|ren|email|buzz|win|loan|id|to|gd|la|tv|cyou|sbs|click|mobi|pro|one|run|space|website"
            + "|today|world|zone|bond|cfd|lol|rest|monster|quest|best|host|press|fit|ink|kim|help|support"
            + "|services|finance|bank|money|pay|ai|de|fr|nl|eu|ca|au|ph|kh|vn|th|my";
    private static final Pattern WITH_SCHEME = Pattern.compile(
            "(?i)(?<![a-z0-9])(?:https?|hxxps?)://\\p{IsHan}*[^\\s<>\"'\\u3000-\\u303F\\uFF01-\\uFF0F\\u4E00-\\u9FFF]+");
    private static final String LETTER = "[a-z0-9\\p{IsCyrillic}\\p{IsGreek}]";
    private static final Pattern BARE = Pattern.compile(
            "(?i)(?<![a-z0-9@.-])(?:[a-z0-9.-]+@)?(?:" + LETTER + "(?:(?:" + LETTER + "|-){0,61}" + LETTER + ")?\\.)+"
                    + "(?:" + TLDS + ")(?![a-z0-9-])(?::\\d{1,5})?(?:/[\\x21-\\x7E]*)?"
                    + "|(?<![0-9.])\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5}(?:/[\\x21-\\x7E]*)?|/[\\x21-\\x7E]*)");
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?i)^(?:[a-z]+://)?(?:([^@/?#]*)@)?([^/:?#]+)");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Official names this short are compared only for look-alike characters and swaps, not added or missing ones. */
    private static final int SHORT_LABEL = 4;
    private static final int MIN_LABEL_FOR_WORDS = 2;
    private static final java.util.Set<String> GENERIC_ENDINGS = java.util.Set.of(TLDS.split("\\|")).stream()
            .filter(t -> t.length() > 2 || t.equals("cc") || t.equals("co") || t.equals("me") || t.equals("io"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Official names this long are unmistakable enough to compare allowing two look-alike changes. */
    private static final int LONG_LABEL = 8;
    private static final Pattern ASCII = Pattern.compile("[\\x00-\\x7F]*");
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(?:0x[0-9a-f]+|[0-9]+)(?:\\.(?:0x[0-9a-f]+|[0-9]+)){0,3}");
    private static final Pattern FULL_STOP_BEFORE_LETTER = Pattern.compile("。(?=[A-Za-z])");
    /** Most distinct links examined per request; a text with more is itself suspicious and costly to read. */
    static final int MAX_LINKS = 50;

    private final ProtectedBrands brands;
    private final IntelLists lists;

    public LinkInspector(ProtectedBrands brands, IntelLists lists) {
        this.brands = brands;
        this.lists = lists;
    }

    /** Every link in the texts (each counted once), and the findings for suspicious ones. */
    public Links inspect(Instant at, String... texts) {
        Set<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                for (String url : find(text)) {
                    if (urls.size() < MAX_LINKS) {
                        urls.add(url);
                    }
                }
            }
        }
        if (urls.isEmpty()) {
            return Links.NONE;
        }
        List<LinkFinding> findings = new ArrayList<>();
        for (String url : urls) {
            LinkFinding f = examine(url, at);
            if (f != null) {
                findings.add(f);
            }
        }
        return new Links(urls.size(), findings);
    }

    static List<String> find(String text) {
        String t = FULL_STOP_BEFORE_LETTER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(".");
        List<String> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(t);
        if (t.indexOf("://") >= 0) {
            Matcher m = WITH_SCHEME.matcher(t);
            while (m.find()) {
                found.add(trimTrailing(m.group()));
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        // bare addresses: only runs of address characters that hold a dot are worth the full pattern
        int i = 0;
        while (i < rest.length()) {
            if (!addressChar(rest.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean dot = false;
            while (i < rest.length() && addressChar(rest.charAt(i))) {
                dot |= rest.charAt(i) == '.';
                i++;
            }
            if (dot) {
                Matcher bare = BARE.matcher(rest.substring(start, i));
                while (bare.find()) {
                    found.add(trimTrailing(bare.group()));
                }
            }
        }
        return found;
    }

    private static boolean addressChar(char c) {
        if (c > 0x20 && c < 0x7F) {
            return c != '<' && c != '>' && c != '"' && c != '\'';
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
    }

    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}'\"".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    LinkFinding examine(String url, Instant at) {
        // browsers read a backslash in the address as a slash: so must we, or "evil.top\\@bank.com" hides its host
        String address = url.replace('\\', '/');
        Matcher a = AUTHORITY.matcher(address.contains("://[") ? address.replaceFirst("://\\[([^\\]]*)\\]", "://[$1")
                : address);
        if (!a.find()) {
            return null;
        }
        String userinfo = a.group(1);
        String host = a.group(2).toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return new LinkFinding(url, host, null, null, LinkFinding.IP_ADDRESS, false);
        }
        boolean blocked = lists.contains(IntelLists.BLOCK_DOMAINS, host.matches(IPV4.pattern()) ? host
                : RegistrableDomains.of(host), at);
        boolean ipHost = IPV4.matcher(host).matches() || NUMERIC_HOST.matcher(host).matches();
        if (ipHost && userinfo != null) {
            ProtectedBrands.Official o = mentionedBrand(userinfo.toLowerCase(Locale.ROOT));
            if (o != null) {
                return imitation(url, host, o, "official domain placed before '@', the real host is the IP address "
                        + host, blocked);
            }
        }
        if (ipHost) {
            return new LinkFinding(url, host, null, null, LinkFinding.IP_ADDRESS, blocked);
        }
        String registrable = RegistrableDomains.of(host);
        if (brands.isOfficial(registrable) || lists.contains(IntelLists.ALLOW_DOMAINS, registrable, at)
                || registrable.endsWith(".gov.cn")) {
            return null;
        }
        if (userinfo != null) {
            ProtectedBrands.Official o = mentionedBrand(userinfo.toLowerCase(Locale.ROOT));
            if (o != null) {
                return imitation(url, registrable, o, "official domain placed before '@', the real host is "
                        + host, blocked);
            }
        }
        if (brands.isShortener(host)) {
            return new LinkFinding(url, registrable, null, null, LinkFinding.SHORTENER, blocked);
        }
        LinkFinding byName = imitationOf(url, host, registrable, blocked);
        if (byName != null) {
            return byName;
        }
        return blocked ? new LinkFinding(url, registrable, null, null, "domain on the block list", true) : null;
    }

    private LinkFinding imitationOf(String url, String host, String registrable, boolean blocked) {
        boolean punycode = host.contains("xn--");
        boolean otherScript = punycode || !ASCII.matcher(host).matches();
        String unicodeHost = punycode ? toUnicode(host) : host;
        String label = RegistrableDomains.label(RegistrableDomains.of(unicodeHost));
        String ending = ending(registrable);
        boolean genericEnding = GENERIC_ENDINGS.contains(ending.isEmpty() ? "" : ending.substring(1));
        String[] hostLabels = unicodeHost.split("\\.");
        String joined = joinedLabels(unicodeHost);
        String labelSkeleton = Homoglyphs.skeleton(label);
        String labelLoose = Homoglyphs.loose(labelSkeleton);
        ProtectedBrands.Official exact = null;
        for (ProtectedBrands.Official o : brands.officials()) {
            String edit = EditKind.between(label, o.label());
            if (o.label().length() >= SHORT_LABEL && !label.equals(o.label()) && labelSkeleton.equals(o.skeleton())
                    && (edit == null || edit.equals("one character replaced"))
                    && (exact == null || ending.equals(o.ending()))) {
                exact = o;
            }
        }
        if (exact != null) {
            return imitation(url, registrable, exact, otherScript ? (punycode ? "punycode domain" : "domain")
                    + " with look-alike characters from another script" : "look-alike characters", blocked);
        }
        for (ProtectedBrands.Official o : brands.officials()) {
            String official = o.label();
            if (host.startsWith(o.forms().asSubdomain()) || host.contains(o.forms().inside())) {
                return imitation(url, registrable, o, "official domain used as a subdomain of " + registrable, blocked);
            }
            if (official.length() >= MIN_LABEL_FOR_WORDS) {
                for (int i = 0; i < hostLabels.length - 1; i++) {
                    if (hostLabels[i].equals(official) && i < hostLabels.length - 2) {
                        return imitation(url, registrable, o, "brand name used as a subdomain of " + registrable,
                                blocked);
                    }
                }
                if (label.startsWith(o.forms().hyphenAfter()) || label.endsWith(o.forms().hyphenBefore())
                        || label.contains(o.forms().hyphenAround())) {
                    return imitation(url, registrable, o, "brand name plus a hyphenated word", blocked);
                }
                if (label.equals(official)) {
                    return imitation(url, registrable, o, punycode ? "punycode (internationalized) domain"
                            : "brand name under another domain ending", blocked);
                }
                if (label.equals(o.forms().withoutDots())) {
                    return imitation(url, registrable, o, "official domain written without its dots", blocked);
                }
                if (!joined.equals(label) && joined.equals(official)) {
                    return imitation(url, registrable, o, "brand name split by a dot", blocked);
                }
                if (label.equals(o.forms().withWww()) || brandWithExtras(label, o)) {
                    return imitation(url, registrable, o, "brand name with extra characters", blocked);
                }
            }
            if (official.length() <= SHORT_LABEL && official.length() >= 2 && ending.equals(o.ending())) {
                // short names: only a character tacked on at either end, or two swapped, under the official ending
                boolean tackedOn = label.length() == official.length() + 1
                        && (label.startsWith(official) || label.endsWith(official));
                if (tackedOn || "two characters swapped".equals(EditKind.between(label, official))) {
                    return imitation(url, registrable, o, tackedOn ? "one character added" : "two characters swapped",
                            blocked);
                }
                if (label.length() == official.length() && !label.equals(official) && labelLoose.equals(o.loose())) {
                    return imitation(url, registrable, o, otherScript ? "look-alike characters from another script"
                            : "look-alike letters", blocked);
                }
                // letters of other scripts in a short official name under its own ending: nobody types those by chance
                if (otherScript && EditKind.distance(labelSkeleton, o.skeleton(), 1) <= 1) {
                    return imitation(url, registrable, o, "look-alike characters from another script", blocked);
                }
            }
            if (official.length() >= SHORT_LABEL) {
                boolean sameSkeleton = labelSkeleton.equals(o.skeleton());
                String edit = EditKind.between(label, official);
                if (sameSkeleton && (edit == null || edit.equals("one character replaced"))) {
                    return imitation(url, registrable, o, otherScript ? (punycode ? "punycode domain" : "domain")
                            + " with look-alike characters from another script" : "look-alike characters", blocked);
                }
                boolean plausible = ending.equals(o.ending()) || genericEnding;
                boolean allowed = official.length() > SHORT_LABEL ? plausible
                        : "two characters swapped".equals(edit) && ending.equals(o.ending());
                if (edit != null && allowed) {
                    return imitation(url, registrable, o, punycode ? "punycode domain, " + edit : edit, blocked);
                }
                String disguisedEdit = official.length() > SHORT_LABEL ? EditKind.between(labelSkeleton, o.skeleton())
                        : null;
                if (disguisedEdit != null && !labelSkeleton.equals(label) && plausible) {
                    return imitation(url, registrable, o, "look-alike characters and " + disguisedEdit, blocked);
                }
                // two look-alike changes: with characters of other scripts, or in a name long enough to be unmistakable
                boolean twoAllowed = official.length() >= LONG_LABEL
                        || (official.length() > SHORT_LABEL && otherScript && label.length() == official.length());
                if (twoAllowed && plausible && EditKind.distance(labelSkeleton, o.skeleton(), 2) <= 2) {
                    return imitation(url, registrable, o, "two characters changed to look-alikes", blocked);
                }
                if (label.length() == official.length() && !label.equals(official) && labelLoose.equals(o.loose())) {
                    return imitation(url, registrable, o, otherScript ? "look-alike characters from another script"
                            : "look-alike letters", blocked);
                }
            }
        }
        return null;
    }

    /**
     * The brand (its domain name, its short name or the first part of a hyphenated name) followed or preceded
     * only by digits ({@code icbc95588}, {@code jd618}) or by words in another script ({@code 拼多多pinduoduo}).
     */
    private static boolean brandWithExtras(String label, ProtectedBrands.Official o) {
        for (String name : o.forms().names()) {
            if (name.length() < 2 || label.equals(name)) {
                continue;
            }
            String rest = label.startsWith(name) ? label.substring(name.length())
                    : label.endsWith(name) ? label.substring(0, label.length() - name.length()) : null;
            if (rest != null && !rest.isEmpty() && (rest.matches("[0-9]+") || rest.matches("[^\\x00-\\x7F]+"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The domain ending after the registered name, with its dot: {@code .com.cn} for {@code icbc.com.cn}. A
     * near-miss spelling counts under the official ending or a generic one anyone can register; under another
     * country's ending ({@code paypay.ne.jp}, {@code zaobao.com.sg}) it is far more often a different, real site.
     */
    static String ending(String registrable) {
        return registrable.substring(Math.min(registrable.length(), RegistrableDomains.label(registrable).length()));
    }

    /** The labels of a host before its public suffix, run together: {@code ali.pay.com} gives {@code alipay}. */
    private static String joinedLabels(String host) {
        String registrable = RegistrableDomains.of(host);
        String label = RegistrableDomains.label(registrable);
        String suffix = registrable.substring(Math.min(registrable.length(), label.length() + 1));
        String before = host.length() > suffix.length() + 1 ? host.substring(0, host.length() - suffix.length() - 1) : host;
        return before.startsWith("www.") ? before.substring(4).replace(".", "") : before.replace(".", "");
    }

    private ProtectedBrands.Official mentionedBrand(String userinfo) {
        for (ProtectedBrands.Official o : brands.officials()) {
            if (userinfo.contains(o.domain()) || userinfo.equals(o.label())) {
                return o;
            }
        }
        return null;
    }

    private static LinkFinding imitation(String url, String registrable, ProtectedBrands.Official o, String technique,
                                         boolean blocked) {
        return new LinkFinding(url, registrable, o.domain(), o.brand(), technique, blocked);
    }

    private static String toUnicode(String host) {
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }
}
