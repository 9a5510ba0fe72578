package goalbook.workbook.intake;

/**
 * What the XML of an upload may declare before anything is allocated for it, counted while the
 * pre-scan streams every part, e.g. {@link #DEFAULT}: 50 000 rows in one sheet, 250 000 cells in the
 * whole workbook, 100 000 shared strings, 32 767 characters in one text and 8 192 in one formula,
 * 10 000 defined names and 1 000 cells in the range {@code gb_identity} points at.
 *
 * <p>A filled template is about 100 rows, 500 cells, 250 strings and 120 names. Regional workbooks
 * with a pasted ledger stay far below these figures; a POI model of 250 000 cells is what a parse
 * slot can hold in a small heap. 32 767 and 8 192 are Excel's own limits for a cell's text and a
 * formula, so Excel never writes more. The identity range is six cells.
 */
public record ContentLimits(int maxRowsPerSheet, int maxCells, int maxSharedStrings, int maxTextLength, int maxFormulaLength,
                     int maxDefinedNames, int maxNameCells) {

    public static final ContentLimits DEFAULT = new ContentLimits(50_000, 250_000, 100_000, 32_767, 8_192, 10_000, 1_000);
}
