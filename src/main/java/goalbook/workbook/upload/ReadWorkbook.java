package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.evaluation.SubmittedInputs;

/**
 * What {@link WorkbookReader} found in a submitted workbook.
 *
 * @param identity the template identity, or null when the workbook carries none
 * @param inputs   values, cells, comments and reading problems
 */
public record ReadWorkbook(TemplateIdentity identity, SubmittedInputs inputs) {}
