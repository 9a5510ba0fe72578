/** The controller's reference workbook: plan levels and comparison values per region, written and read back, with its sources. */
package goalbook.workbook.referencebook;
