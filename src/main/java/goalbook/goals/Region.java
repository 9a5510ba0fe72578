package goalbook.goals;

/** A regional company, e.g. {@code new Region("gavle-dala", "Almi Gävle Dala")}. */
public record Region(String id, String name) {
    public Region {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("region id must be lowercase ASCII letters, digits and '-', got " + id);
        }
    }
}
