/**
 * An upload read back by defined name (e.g. {@code unika_kunder} → {@code Inrapportering!C14}) in one
 * streaming pass, and its annotated copy written: marked cells, the Resultat and Index sheets.
 */
package goalbook.workbook.upload;
