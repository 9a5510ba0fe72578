/** The controller's consolidated workbook and the board workbooks (the group's and each region's), with their charts. */
package goalbook.workbook.report;
