package io.frontline.detect;

import io.frontline.domain.Language;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;

/**
 * Folds text so that wording matches however it was typed: full-width forms to half-width (NFKC), lower
 * case, Traditional characters to Simplified (ICU's data), and everything that is not a letter or a digit
 * dropped (spaces, punctuation, symbols, emoji and invisible characters that scammers insert to evade keyword
 * filters).
 */
public final class TextNormalizer {
    /** Simplified forms ICU gives that differ from the ones used in modern mainland text. */
    private static final String ICU_VARIANTS = "帐";
    private static final String MODERN = "账";

    private static final char[] FOLD = new char[0x10000];
    private static final boolean[] TRADITIONAL_ONLY = new boolean[0x10000];

    private static final boolean[] SIMPLIFIED_ONLY = new boolean[0x10000];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = (char) c;
        }
        // ICU's Traditional-Simplified data, taken one character at a time, so folding costs a table lookup
        StringBuilder all = new StringBuilder();
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            all.append((char) c).append('\n');
        }
        String[] simplified = Transliterator.getInstance("Traditional-Simplified").transliterate(all.toString())
                .split("\n", -1);
        String[] traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(all.toString())
                .split("\n", -1);
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            int i = c - 0x3400;
            if (simplified[i].length() == 1 && simplified[i].charAt(0) != c) {
                FOLD[c] = simplified[i].charAt(0);
                TRADITIONAL_ONLY[c] = true;
            }
            if (traditional[i].length() == 1 && traditional[i].charAt(0) != c) {
                SIMPLIFIED_ONLY[c] = true;
            }
        }
        for (int i = 0; i < ICU_VARIANTS.length(); i++) {
            char variant = ICU_VARIANTS.charAt(i);
            for (int c = 0x3400; c <= 0x9FFF; c++) {
                if (FOLD[c] == variant) {
                    FOLD[c] = MODERN.charAt(i);
                }
            }
        }
    }

    private TextNormalizer() {}

    /** The folded form used for matching. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            out.append(FOLD[Character.toLowerCase(c)]);
        }
        return out.toString();
    }

    /** Detects the language: Chinese if CJK ideographs dominate letters, Traditional if its forms outnumber. */
    public static Language detect(String text) {
        if (text == null) {
            return Language.ZH_HANS;
        }
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (TRADITIONAL_ONLY[c]) {
                    traditional++;
                } else if (SIMPLIFIED_ONLY[c]) {
                    simplified++;
                }
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return Language.ZH_HANS;
        }
        if (han * 3 < latin) {
            return Language.EN;
        }
        return traditional > simplified ? Language.ZH_HANT : Language.ZH_HANS;
    }

    /** Anything but letters and digits: spaces, punctuation, symbols and emoji, invisible format characters. */
    private static boolean isSeparator(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
