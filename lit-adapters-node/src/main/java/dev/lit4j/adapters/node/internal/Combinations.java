package dev.lit4j.adapters.node.internal;

/** Steps through the k-combinations of 0..n−1 in lexicographic order, for the share quorums. */
public final class Combinations {
    private Combinations() {}

    /** The first k-combination: 0, 1, …, k − 1. */
    public static int[] first(int k) {
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        return pick;
    }

    /** Advances {@code pick} to the next k-combination of 0..n-1 in lexicographic order; false after the last. */
    public static boolean next(int[] pick, int n) {
        int k = pick.length;
        int i = k - 1;
        while (i >= 0 && pick[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        pick[i]++;
        for (int j = i + 1; j < k; j++) {
            pick[j] = pick[j - 1] + 1;
        }
        return true;
    }
}
