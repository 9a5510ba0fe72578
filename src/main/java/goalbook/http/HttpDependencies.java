package goalbook.http;

import goalbook.access.TokenRegistry;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.submissions.PeriodService;
import goalbook.submissions.QuarterWorkbooks;
import goalbook.submissions.ReferenceDataService;
import goalbook.submissions.SubmissionService;
import goalbook.submissions.SubmissionStore;
import goalbook.workbook.TemplateCache;
import goalbook.workbook.UploadLimits;

/**
 * Everything the HTTP layer needs, wired by {@code Server} or a test.
 *
 * @param databaseTrouble why the database cannot take a write now, empty when it can (for {@code /health})
 */
public record HttpDependencies(
        StructureCatalog catalog,
        Regions regions,
        TokenRegistry tokens,
        SubmissionService submissions,
        SubmissionStore store,
        ReferenceDataService reference,
        TemplateCache templates,
        UploadLimits limits,
        PeriodService periods,
        java.time.Clock clock,
        java.time.Duration deadlineAfterQuarterEnd,
        String publicBaseUrl,
        QuarterWorkbooks quarterWorkbooks,
        java.util.Set<String> corsOrigins,
        TlsSettings tls,
        java.util.function.Supplier<java.util.Optional<String>> databaseTrouble,
        IntakeLimits intake,
        goalbook.sources.ScbReference scb) {

    /** Without a source of comparison values: the fetch routes answer 404 no_source. */
    public HttpDependencies(StructureCatalog catalog, Regions regions, TokenRegistry tokens, SubmissionService submissions,
            SubmissionStore store, ReferenceDataService reference, TemplateCache templates, UploadLimits limits, PeriodService periods,
            java.time.Clock clock, java.time.Duration deadlineAfterQuarterEnd, String publicBaseUrl, QuarterWorkbooks quarterWorkbooks,
            java.util.Set<String> corsOrigins, TlsSettings tls, java.util.function.Supplier<java.util.Optional<String>> databaseTrouble,
            IntakeLimits intake) {
        this(catalog, regions, tokens, submissions, store, reference, templates, limits, periods, clock, deadlineAfterQuarterEnd,
                publicBaseUrl, quarterWorkbooks, corsOrigins, tls, databaseTrouble, intake, null);
    }
}
