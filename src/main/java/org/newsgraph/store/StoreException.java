package org.newsgraph.store;

import java.io.IOException;

/**
 * A store that cannot be opened, read or written, worded as one line that starts with the store's
 * folder or URL: {@code news-store: locked by another process (pid 4242)}.
 *
 * <pre>{@code throw new StoreException(location + ": not a TDB2 store");}</pre>
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of a library's message, which is often several lines long. */
    static String firstLine(Throwable problem) {
        String message = problem.getMessage();
        if (message == null || message.isBlank()) {
            return problem.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    /**
     * What went wrong, in the words of the system when there are some: the message of the innermost I/O
     * error ("No space left on device") rather than the library's wrapping of it ("Failed to get a lock").
     */
    static String cause(Throwable problem) {
        IOException io = null;
        for (Throwable t = problem; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException e) {
                io = e;
            }
        }
        return firstLine(io != null ? io : problem);
    }
}
