/**
 * Everything POI: templates rendered from a goal structure, uploads checked and read back, and
 * annotated copies written. The only package that imports {@code org.apache.poi}.
 */
package goalbook.workbook;
