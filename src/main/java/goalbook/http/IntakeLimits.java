package goalbook.http;

import java.time.Duration;

/**
 * How much of the server's reading the uploads may take, e.g. the defaults: 2 uploads in flight per
 * caller, 32 in all (all 16 regions at once, twice over; the memory budget of {@code Intake} bounds the
 * large ones), each body within 30 s ({@code GOALBOOK_UPLOADS_PER_CALLER},
 * {@code GOALBOOK_UPLOADS_TOTAL}, {@code GOALBOOK_UPLOAD_SECONDS}).
 *
 * @param perCaller    uploads one token or signed-in person may have in flight; the next is 429
 * @param total        uploads in flight from everyone; the next is 503, so the threads that answer
 *                     {@code /health}, templates and status are never all reading bodies
 * @param bodyDeadline the time a request body (upload or JSON) has to arrive whole, counted from the
 *                     first read; a body that trickles in slower is cut off
 * @param headDeadline the time a request head (request line and headers) has to arrive whole, counted
 *                     from its first byte; a connection whose head trickles in slower is closed
 */
public record IntakeLimits(int perCaller, int total, Duration bodyDeadline, Duration headDeadline) {
    public static final Duration HEAD_DEADLINE = Duration.ofSeconds(20);
    public static final IntakeLimits DEFAULT = new IntakeLimits(2, 32, Duration.ofSeconds(30), HEAD_DEADLINE);

    /** With the default head deadline. */
    public IntakeLimits(int perCaller, int total, Duration bodyDeadline) {
        this(perCaller, total, bodyDeadline, HEAD_DEADLINE);
    }

    public IntakeLimits {
        if (perCaller < 1 || total < perCaller || bodyDeadline.isNegative() || bodyDeadline.isZero() || headDeadline.isNegative()
                || headDeadline.isZero()) {
            throw new IllegalArgumentException("intake limits need 1 <= perCaller <= total and a positive deadline, got "
                    + perCaller + "/" + total + "/" + bodyDeadline + "/" + headDeadline);
        }
    }
}
