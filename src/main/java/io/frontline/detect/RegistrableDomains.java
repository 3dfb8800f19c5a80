package io.frontline.detect;

import java.util.Locale;
import java.util.Set;

/**
 * The registrable part of a host name (the label the owner registered plus its public suffix). Knows the
 * multi-label public suffixes common in the markets frontline serves; other hosts take their last two labels.
 */
public final class RegistrableDomains {
    private static final Set<String> MULTI_LABEL_SUFFIXES = Set.of(
            "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "mil.cn",
            "com.hk", "org.hk", "net.hk", "gov.hk", "edu.hk",
            "com.tw", "org.tw", "net.tw", "gov.tw", "edu.tw", "com.mo", "gov.mo",
            "co.uk", "org.uk", "ac.uk", "gov.uk", "co.jp", "ne.jp", "or.jp", "com.au", "net.au", "org.au",
            "com.sg", "gov.sg", "co.kr", "or.kr", "com.my", "co.th", "com.vn", "com.ph", "co.id", "co.in",
            "com.br", "com.mx");

    private RegistrableDomains() {}

    public static String of(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] labels = h.split("\\.");
        if (labels.length <= 2) {
            return h;
        }
        String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
        if (MULTI_LABEL_SUFFIXES.contains(lastTwo)) {
            return labels[labels.length - 3] + "." + lastTwo;
        }
        return lastTwo;
    }

    /** The registrable domain without its public suffix: {@code icbc} for {@code icbc.com.cn}. */
    public static String label(String registrable) {
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }
}
