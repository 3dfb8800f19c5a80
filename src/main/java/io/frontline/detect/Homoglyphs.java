package io.frontline.detect;

/** Maps characters that look alike in a domain name to one form, so that {@code a1ipay} and {@code alipay} meet. */
final class Homoglyphs {
    private static final String FROM = "01iı|5$аеорсухіјԁɡոνοραьѕ";
    private static final String TO   = "ollllssaeopcyxijdgnvopabs";

    private Homoglyphs() {}

    static String skeleton(String label) {
        String s = label.replace("rn", "m").replace("vv", "w").replace("cl", "d");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = FROM.indexOf(c);
            out.append(at >= 0 ? TO.charAt(at) : c);
        }
        return out.toString();
    }
}
