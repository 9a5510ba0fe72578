package goalbook.storage;

import java.time.Instant;

/** One saved version of the reference data of a structure and year, e.g. version 2 of almi-2021/2024. */
public record ReferenceVersion(String structure, int year, int version, Instant createdAt, String actor, String json) {}
