package org.newsgraph.extract;

/** Checks that a confidence lies between 0 and 1. */
final class Confidence {

    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }
}
