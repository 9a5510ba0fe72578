package goalbook.sources;

/** A source that could not be read, e.g. "answer is not JSON", with the Swedish words for it. */
final class SourceException extends RuntimeException {
    private final String sv;

    SourceException(String message, String sv) {
        super(message);
        this.sv = sv;
    }

    String sv() {
        return sv;
    }
}
