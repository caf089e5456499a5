package org.newsgraph.store;

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
}
