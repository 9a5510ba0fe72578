/**
 * The upload use case: a region's workbook checked, evaluated, stored as a new version and answered
 * with its annotated copy (or a JSON report); the controller's reference data read and saved; two
 * versions compared. Reads and writes through {@code goalbook.storage}.
 */
package goalbook.submissions;
