/**
 * The quarterly template rendered from a goal structure (sheets {@code Instruktioner},
 * {@code Inrapportering}, {@code Målstruktur} and the hidden {@code gb_identitet}), cached per input.
 */
package goalbook.workbook.template;
