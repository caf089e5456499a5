package org.newsgraph.cli;

/**
 * A problem with what the user gave, worded as the one line newsgraph prints for it, starting with the
 * input it is about: {@code a.txt: not valid UTF-8 text}.
 *
 * <pre>{@code throw new InputException(path + ": no such file");}</pre>
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
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
