package goalbook.submissions;

/** Too many workbooks are being read at once; the client should retry shortly (HTTP 503 with Retry-After). */
public final class ServerBusyException extends RuntimeException {
    public ServerBusyException() {
        super("too many workbooks are being read at once", null, false, false);
    }
}
