package goalbook.workbook.upload;

/**
 * One {@code <c>} element as written, e.g. {@code <c r="C14" t="s"><v>12</v></c>} → type "s", value "12".
 *
 * @param type    the {@code t} attribute, "n" when absent
 * @param value   the text of {@code <v>}, null without one
 * @param formula the formula text (a shared formula already moved to this cell), null when the cell has none
 * @param inline  the text of {@code <is>}, null without one
 */
record RawCell(String type, String value, String formula, String inline) {

    /** Text of a cell of type "s", once the shared strings are known. */
    RawCell withSharedString(String text) {
        return new RawCell(type, text, formula, inline);
    }
}
