package goalbook.cli;

import goalbook.goals.GoalStructure;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.sources.FetchFailedException;
import goalbook.sources.FetchFailure;
import goalbook.sources.ScbReference;
import goalbook.storage.Actor;
import goalbook.storage.Database;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fetch-reference almi-2021 2024}: like {@code POST /api/reference/almi-2021/2024/fetch}; exit 0 with the
 * new version, 1 listing every failure (nothing saved), 2 for a bad structure or year or a missing database.
 */
@Command(name = "fetch-reference", description = "Fetches the comparison values of a structure and year from Statistics Sweden (templates/sources/scb.yaml) and saves them as one new reference version, or nothing.")
public final class FetchReferenceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "structure id, e.g. almi-2021")
    String structure;

    @Parameters(index = "1", paramLabel = "YEAR", description = "year, e.g. 2024")
    int year;

    @Mixin
    DatabaseOption dbOption;

    @Option(names = "--overwrite-hand-typed", description = "also overwrite values the controller typed by hand")
    boolean overwrite;

    @Option(names = "--source-url", paramLabel = "URL", description = "PxWeb v2 API to fetch from (default: $GOALBOOK_SCB_URL, else Statistics Sweden's)")
    String sourceUrl;

    @Override
    public Integer call() {
        Path templates = Path.of(System.getenv().getOrDefault("GOALBOOK_TEMPLATES", "./templates"));
        StructureCatalog catalog = new StructureCatalog(goalbook.workbook.template.PoiFormulaCheck.structureLoader().loadAll(templates.resolve("structures")));
        GoalStructure s = catalog.byId(structure).orElse(null);
        if (s == null || !s.appliesTo(year)) {
            System.err.printf("Unknown structure '%s' or not in force in %d%n", structure, year);
            return 2;
        }
        Regions regions = Regions.load(templates.resolve("regions.yaml"));
        String url = dbOption.url();
        if (dbOption.missingSqliteFile()) {
            return 2;
        }
        String source = sourceUrl != null ? sourceUrl : ScbReference.url(System.getenv());
        try (Database database = dbOption.open()) {
            Clock clock = Clock.systemUTC();
            ReferenceDataService reference = new ReferenceDataService(new ReferenceStore(database, clock), regions);
            ScbReference scb = ScbReference.load(templates, source, Duration.ofSeconds(30), clock, reference);
            int version = scb.fetch(s, year, Actor.named("fetch-reference"), overwrite);
            System.out.printf("Saved reference version %d of %s/%d from %s%n", version, s.id(), year, source);
            return 0;
        } catch (FetchFailedException e) {
            System.err.println(e.handTyped() ? "Nothing saved: values typed by hand would be overwritten (use --overwrite-hand-typed):"
                    : "Nothing saved: these values could not be fetched:");
            for (FetchFailure f : e.failures()) {
                System.err.println("  " + f.title());
            }
            return 1;
        }
    }
}
