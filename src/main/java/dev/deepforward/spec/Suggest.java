package dev.deepforward.spec;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for misspelt field names and values. */
public final class Suggest {

    private Suggest() {
    }

    /** {@code " (did you mean 'x'?)"} for the closest candidate within a few edits, or the empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        String best = closest(wrong, candidates);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** The candidate nearest to {@code wrong} by edit distance, if it is near enough to be a likely typo. */
    public static String closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && bestDistance > 0 && bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance with transpositions counted as one edit (the commonest typo). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
