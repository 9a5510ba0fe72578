/**
 * Swedish wording, in one place and JDK only: numbers in their units, target rules, status and trend
 * labels. The template's live text, the server's target text and every workbook come from here, so
 * the same rule never reads two ways. Depends on nothing but the JDK and the {@code goals} records.
 */
package goalbook.text;
