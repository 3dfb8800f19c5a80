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

    /** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), capped. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private static int firstDifference(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return i;
    }
}
