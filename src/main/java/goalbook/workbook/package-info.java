/**
 * Everything POI, in parts that follow one upload's flow: {@code intake} (the JDK-only pre-scan and
 * refusals), {@code template} (rendering templates), {@code upload} (reading and annotating uploads),
 * {@code report} (consolidated and board workbooks) and {@code referencebook} (the controller's
 * reference workbook). The types directly here are their shared kit (styles, cell helpers, the
 * template's layout and identity), used only by those parts.
 */
package goalbook.workbook;
