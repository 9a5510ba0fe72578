package goalbook.goals;

/**
 * One mistake in a structure file, e.g. {@code almi-2021.yaml: areas[1].goals[0].metric: unknown
 * measure 'unika_kunde'}.
 */
public record StructureProblem(String file, String path, String reason) {
    @Override
    public String toString() {
        return file + ": " + path + ": " + reason;
    }
}
