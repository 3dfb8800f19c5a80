package io.frontline.detect;

import com.ibm.icu.text.SpoofChecker;

import java.util.Locale;

/**
 * Maps characters that look alike to one form, so that {@code a1ipay}, {@code аlipay} (Cyrillic а) and
 * {@code alipay} meet: Unicode confusable skeletons (ICU, UTS #39), then the digit and letter swaps typosquatters
 * use that the confusables table keeps apart ({@code 1}/{@code i}/{@code l}, {@code 0}/{@code o}).
 */
final class Homoglyphs {
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final SpoofChecker MIXED = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.MIXED_SCRIPT_CONFUSABLE | SpoofChecker.RESTRICTION_LEVEL).build();
    private static final String FROM = "01i|";
    private static final String TO = "olll";

    private Homoglyphs() {}

    static String skeleton(String label) {
        String s = CONFUSABLES.getSkeleton(label.toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = FROM.indexOf(c);
            out.append(at >= 0 ? TO.charAt(at) : c);
        }
        return out.toString();
    }

    /** The label mixes scripts in a way that deceives (e.g. Latin with Cyrillic look-alikes). */
    static boolean mixesScripts(String label) {
        return MIXED.failsChecks(label);
    }
}
