package io.frontline.detect;

import com.ibm.icu.text.SpoofChecker;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps characters that look alike to one form, so that {@code a1ipay}, {@code аlipay} (Cyrillic а),
 * {@code ạlipạy} and {@code alipay} meet: accents dropped, then Unicode confusable skeletons (ICU, UTS #39), then
 * the digit and letter swaps typosquatters use that the confusables table keeps apart ({@code 1}/{@code i}/{@code l},
 * {@code 0}/{@code o}).
 */
final class Homoglyphs {
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /** Accents and other marks: {@code ạlipạy} reads as {@code alipay}. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String FROM = "01i|";
    private static final String TO = "olll";

    private Homoglyphs() {}

    static String skeleton(String label) {
        String bare = MARKS.matcher(Normalizer.normalize(label.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String s = CONFUSABLES.getSkeleton(bare).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = FROM.indexOf(c);
            out.append(at >= 0 ? TO.charAt(at) : c);
        }
        return out.toString();
    }

    private static final String LOOSE_FROM = "eqg9d5zvnu";
    private static final String LOOSE_TO = "cgggbssuuu";

    /**
     * A looser skeleton for short official names, where typosquatters swap letters that merely resemble each
     * other in many fonts ({@code c}/{@code e}, {@code b}/{@code d}, {@code n}/{@code m}, {@code g}/{@code q}).
     * Compared for equality of same-length names only, never with edits, so ordinary short names do not collide.
     */
    static String loose(String skeleton) {
        String s = skeleton;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = LOOSE_FROM.indexOf(c);
            out.append(at >= 0 ? LOOSE_TO.charAt(at) : c == 'm' ? 'u' : c);
        }
        return out.toString();
    }
}
