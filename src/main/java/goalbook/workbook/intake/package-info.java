/**
 * The pre-scan every upload passes before any parser sees it, with the JDK alone (no POI): size, zip
 * entries and ratios, XML depth and entities, external links and macros; and the refusals it answers with.
 */
package goalbook.workbook.intake;
