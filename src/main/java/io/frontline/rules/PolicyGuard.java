package io.frontline.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules are policy, not code execution: a rule may read the facts frontline gives it and raise the decision,
 * nothing else. Before a DRL text (written by hand or generated from a table) is compiled, this checks that it
 * imports only the fact types and a few value types, declares only the {@code decision} global, names no other
 * class — no {@code System}, {@code Runtime}, threads, files, network, reflection or class loading — and calls
 * no reflection entry point. Comments and string literals are ignored. Checked before compiling, because
 * compiling a rule can already run code.
 */
final class PolicyGuard {
    private static final String DOMAIN = "io.frontline.domain.";
    private static final Set<String> ALLOWED_IMPORTS = Set.of("java.math.BigDecimal", "java.math.RoundingMode",
            "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection");
    private static final String RULING = "io.frontline.decide.Ruling";
    /** Value types a rule may name without importing them. */
    private static final Set<String> VALUE_TYPES = Set.of("String", "Math", "Integer", "Long", "Double", "Float",
            "Short", "Byte", "Boolean", "Character", "Number", "Object", "Comparable", "CharSequence");
    /*
     * A pattern that starts with a lookbehind first looks ahead at the letters its match can start with: tried at
     * every position of a large generated table, the lookbehind alone took most of the check's time.
     */
    /** Members that lead from any object to classes, class loaders or reflection. */
    private static final Pattern REFLECTION = Pattern.compile("\\.\\s*(getClass|class|getClassLoader|getMethods?"
            + "|getDeclared\\w*|getFields?|getConstructors?|setAccessible|newInstance|invoke\\w*|forName|loadClass"
            + "|getRuntime|exec|exit|halt|wait|notify(All)?|getModule|lookup)\\b");
    private static final Pattern BARE_REFLECTION =
            Pattern.compile("(?=[flg])(?<![\\w$.])(forName|loadClass|getRuntime)\\s*\\(");
    /** The engine's own handles reach the session, the rule base and the class loader behind them. */
    private static final Pattern ENGINE = Pattern.compile("(?=[dk])(?<![\\w$.])(drools|kcontext)\\s*\\.");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+|accumulate\\s+)?"
            + "([\\w.$*]+)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.$<>]+)\\s+([\\w$]+)");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+|enum\\s+)?([\\w$]+)");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^\\s*(package|import|global)\\b.*$");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?=[jscoingkm])(?<![\\w$.])(java|javax|jdk|sun|com|org|io|net|groovy|kotlin|scala|mvel|mvel2)"
                    + "\\s*\\.\\s*[\\w$]+(\\s*\\.\\s*[\\w$*]+)*");
    private static final Pattern NAMED_AFTER = Pattern.compile("(?m)(?=[rqd])\\b(rule|query|declare)\\s+[\\w$]+");
    private static final Pattern TYPE_NAME = Pattern.compile("(?=[A-Z])(?<![\\w$.@])([A-Z][\\w$]*)");

    private PolicyGuard() {}

    /** One thing a policy text may not do, with its line in that text. */
    record Violation(int line, String message) {}

    static List<Violation> check(String drl) {
        String code = blankCommentsAndStrings(drl);
        List<Violation> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        Matcher d = scan(DECLARE, code, "declare");
        while (d.find()) {
            declared.add(d.group(1));
        }
        Matcher imports = scan(IMPORT, code, "import");
        while (imports.find()) {
            String what = imports.group(2);
            if (imports.group(1) != null) {
                out.add(new Violation(line(code, imports.start(2)), "imports " + imports.group(1).strip() + " "
                        + what + ": a policy may not import functions or static members"));
            } else if (!allowedImport(what)) {
                out.add(new Violation(line(code, imports.start(2)), "imports " + what + ", which a policy may not use:"
                        + " only io.frontline.domain.* and " + String.join(", ", ALLOWED_IMPORTS.stream().sorted()
                        .toList())));
            } else {
                declared.add(what.substring(what.lastIndexOf('.') + 1));
            }
        }
        Matcher globals = scan(GLOBAL, code, "global");
        while (globals.find()) {
            if (!globals.group(1).equals(RULING) || !globals.group(2).equals("decision")) {
                out.add(new Violation(line(code, globals.start(1)), "declares the global " + globals.group(1) + " "
                        + globals.group(2) + ": the only global is " + RULING + " decision"));
            }
        }
        String body = blank(code, HEADER_LINE);
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) {
            String name = q.group().replaceAll("\\s+", "");
            boolean allowed = name.startsWith(DOMAIN) || name.equals(RULING)
                    || ALLOWED_IMPORTS.stream().anyMatch(a -> name.equals(a) || name.startsWith(a + "."));
            if (!allowed) {
                out.add(new Violation(line(body, q.start()), "names " + name + ", which a policy may not use"));
            }
        }
        String names = blank(body, NAMED_AFTER);
        Matcher t = TYPE_NAME.matcher(names);
        while (t.find()) {
            String type = t.group(1);
            if (!VALUE_TYPES.contains(type) && !declared.contains(type) && !isDomainType(type)) {
                out.add(new Violation(line(names, t.start()), "uses " + type + ", which a policy may not use: a rule "
                        + "reads the facts (" + DOMAIN + "*) and raises the decision, nothing else"));
            }
        }
        Matcher engine = scan(ENGINE, body, "drools", "kcontext");
        while (engine.find()) {
            out.add(new Violation(line(body, engine.start()), "uses " + engine.group(1) + ": a rule acts only through "
                    + "the decision"));
        }
        for (Matcher r : List.of(REFLECTION.matcher(body), scan(BARE_REFLECTION, body, "forName", "loadClass",
                "getRuntime"))) {
            while (r.find()) {
                out.add(new Violation(line(body, r.start()), "calls " + r.group(1) + ": reflection, class loading and "
                        + "process control are not for policies"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Violation::line));
        return out;
    }

    /**
     * A matcher of {@code p} over {@code text}, or over nothing when the text holds none of {@code words}, one of
     * which is in every match of {@code p}: a large generated table is not searched for what it cannot hold.
     */
    private static Matcher scan(Pattern p, String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return p.matcher(text);
            }
        }
        return p.matcher("");
    }

    private static boolean allowedImport(String name) {
        if (ALLOWED_IMPORTS.contains(name) || name.equals(DOMAIN + "*")) {
            return true;
        }
        return name.startsWith(DOMAIN) && isDomainType(name.substring(DOMAIN.length()));
    }

    private static boolean isDomainType(String simpleName) {
        if (!simpleName.matches("[A-Z][\\w]*")) {
            return false;
        }
        try {
            Class.forName(DOMAIN + simpleName, false, PolicyGuard.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The text with comments, string and character literals replaced by spaces, lines kept. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < s.length() && s.charAt(i) == c) {
                    out.append(' ');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String blank(String s, Pattern p) {
        StringBuilder out = new StringBuilder(s);
        Matcher m = p.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int line(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
