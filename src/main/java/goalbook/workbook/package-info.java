/**
 * Excel workbooks: renders the quarterly template a region fills in (sheets {@code Instruktioner},
 * {@code Inrapportering}, {@code Målstruktur} and the hidden {@code gb_identitet}) and reads filled
 * ones back by defined name, e.g. the name {@code unika_kunder} → {@code Inrapportering!C14}. The
 * only package that imports Apache POI.
 */
package goalbook.workbook;
