package io.paddock;

/**
 * The one exception type Paddock throws for problems a user can act on (a bad seed file, an unreachable
 * server, an unknown name). Its message is written to be shown as is, on one line where possible.
 */
public class PaddockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for the user
     */
    public PaddockException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for the user
     * @param cause   the underlying failure, shown with {@code --verbose}
     */
    public PaddockException(String message, Throwable cause) {
        super(message, cause);
    }
}
