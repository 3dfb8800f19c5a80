package io.frontline.detect;

import com.google.common.net.InternetDomainName;

import java.util.Locale;

/**
 * The registrable part of a host name (the label its owner registered plus its public suffix), from the
 * Public Suffix List as maintained in Guava ({@code www.icbc.com.cn} → {@code icbc.com.cn}).
 */
public final class RegistrableDomains {

    private RegistrableDomains() {}

    public static String of(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        try {
            InternetDomainName name = InternetDomainName.from(h);
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : h;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return lastTwoLabels(h);
        }
    }

    /** The registrable domain without its public suffix: {@code icbc} for {@code icbc.com.cn}. */
    public static String label(String registrable) {
        try {
            InternetDomainName name = InternetDomainName.from(registrable);
            if (name.hasPublicSuffix() && !name.isPublicSuffix()) {
                String suffix = name.publicSuffix().toString();
                String rest = registrable.substring(0, registrable.length() - suffix.length() - 1);
                int dot = rest.lastIndexOf('.');
                return dot < 0 ? rest : rest.substring(dot + 1);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // fall through
        }
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }

    private static String lastTwoLabels(String h) {
        String[] labels = h.split("\\.");
        return labels.length <= 2 ? h : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
