package io.frontline.detect;

/** Names the single typing change that turns an official name into a look-alike, if there is exactly one. */
final class EditKind {
    private EditKind() {}

    static String between(String candidate, String official) {
        if (candidate.equals(official)) {
            return null;
        }
        int lc = candidate.length();
        int lo = official.length();
        if (lc == lo) {
            int first = -1;
            int second = -1;
            for (int i = 0; i < lc; i++) {
                if (candidate.charAt(i) != official.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    } else if (second < 0) {
                        second = i;
                    } else {
                        return null;
                    }
                }
            }
            if (second < 0) {
                return "one character replaced";
            }
            if (second == first + 1 && candidate.charAt(first) == official.charAt(second)
                    && candidate.charAt(second) == official.charAt(first)) {
                return "two characters swapped";
            }
            return null;
        }
        if (lc == lo + 1) {
            int i = firstDifference(candidate, official);
            if (candidate.substring(i + 1).equals(official.substring(i))) {
                boolean doubled = (i > 0 && candidate.charAt(i) == candidate.charAt(i - 1))
                        || (i + 1 < lc && candidate.charAt(i) == candidate.charAt(i + 1));
                return doubled ? "a character doubled" : "one character added";
            }
            return null;
        }
        if (lc + 1 == lo) {
            int i = firstDifference(official, candidate);
            return official.substring(i + 1).equals(candidate.substring(i)) ? "one character missing" : null;
        }
        return null;
    }

    private static int firstDifference(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return i;
    }
}
