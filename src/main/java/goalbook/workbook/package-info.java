/**
 * Everything POI: the quarterly template rendered from a goal structure (sheets {@code Instruktioner},
 * {@code Inrapportering}, {@code Målstruktur} and the hidden {@code gb_identitet}), uploads pre-scanned
 * and read back by defined name (e.g. {@code unika_kunder} → {@code Inrapportering!C14}), and annotated
 * copies written. The only package that imports {@code org.apache.poi}.
 */
package goalbook.workbook;
