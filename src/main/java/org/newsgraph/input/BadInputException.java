package org.newsgraph.input;

/**
 * One record of an input that yields no article (a malformed JSON line, a page or feed item with no
 * text), or an input that cannot be read at all; the message is the one line a user sees, starting with
 * the input: {@code news.jsonl:12: not valid JSON: ...}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
