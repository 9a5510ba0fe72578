package goalbook.workbook;

/**
 * Which template a workbook is, e.g. {@code ("almi-2021", "3f2a9c01d4e5", 2024, 2, "gavle-dala", "1")}:
 * stored in custom document properties and in the hidden sheet {@code gb_identitet}.
 *
 * @param structure goal-structure id
 * @param revision  goal-structure revision the template was rendered from
 * @param template  template layout revision, "1"
 */
public record TemplateIdentity(String structure, String revision, int year, int quarter, String region, String template) {}
