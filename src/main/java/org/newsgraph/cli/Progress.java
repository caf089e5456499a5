package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress report, rewritten in place on a terminal: articles done, rate and time left.
 *
 * <pre>{@code Progress p = Progress.onTerminal(err, total, quiet); p.advance(done); p.finish();}</pre>
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final long start = System.nanoTime();
    private long lastShown;

    private Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** Shows progress only on a terminal, where a rewritten line reads well, and never when asked to be quiet. */
    static Progress onTerminal(PrintWriter err, int total, boolean quiet) {
        return new Progress(err, total, !quiet && System.console() != null);
    }

    /** Seconds since the run started. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    void advance(int done) {
        long now = System.nanoTime();
        if (!shown || (now - lastShown < INTERVAL_NANOS && done < total)) {
            return;
        }
        lastShown = now;
        double seconds = seconds();
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? format(Duration.ofSeconds(Math.round((total - done) / rate))) : "?";
        err.print(String.format(Locale.ROOT, "\r%d/%d articles  %.1f/s  %s left   ", done, total, rate, left));
        err.flush();
    }

    /** Clears the progress line, so the summary stands alone. */
    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }

    private static String format(Duration left) {
        long s = left.getSeconds();
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
