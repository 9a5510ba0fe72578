package goalbook.access;

/** No signing key can be had: the issuer is unreachable and none is cached. The caller should answer 503, not 500. */
public final class IssuerUnavailable extends RuntimeException {
    IssuerUnavailable(String message) {
        super(message, null, false, false);
    }
}
