package nl.spreiding.platform.inbox;

/**
 * A record that can never be processed (no valid CloudEvent, unreadable data). It is not retried; the
 * channel's dead-letter strategy moves it aside so that it does not block its partition.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
