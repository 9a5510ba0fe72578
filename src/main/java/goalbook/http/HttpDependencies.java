package goalbook.http;

import goalbook.access.TokenRegistry;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterWorkbooks;
import goalbook.submissions.ReferenceDataService;
import goalbook.submissions.SubmissionService;
import goalbook.storage.SubmissionStore;
import goalbook.workbook.template.TemplateCache;
import goalbook.workbook.intake.UploadLimits;

/**
 * Everything the HTTP layer needs, wired by {@code Server} or a test.
 *
 * @param databaseTrouble why the database cannot take a write now, empty when it can (for {@code /health})
 * @param oidc            sign-in with Microsoft 365 (or another OIDC issuer), for the add-in's single sign-on and the
 *                        browser page's sign-in; null when sign-in is off
 * @param notices         the notices (on or off), for the controller's overview; stopped with the server
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
        goalbook.storage.ReviewStore reviews,
        goalbook.access.OidcSettings oidc,
        goalbook.sources.ScbReference scb,
        goalbook.notices.Notices notices) {
}
