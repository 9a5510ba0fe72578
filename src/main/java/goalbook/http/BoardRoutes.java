package goalbook.http;

import goalbook.access.Principal;
import goalbook.access.Role;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterWorkbooks;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The consolidated workbook (controller) and the board workbooks: the group's for the controller
 * (a draft until approval) and, once approved, the board secretary; a region's for that region and
 * the controller.
 */
final class BoardRoutes {
    private final QuarterWorkbooks workbooks;
    private final PeriodService periods;
    private final Regions regions;
    private final StructureCatalog catalog;

    BoardRoutes(QuarterWorkbooks workbooks, PeriodService periods, Regions regions, StructureCatalog catalog) {
        this.workbooks = workbooks;
        this.periods = periods;
        this.regions = regions;
        this.catalog = catalog;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/consolidated.xlsx", this::consolidated);
        config.routes.get("/api/periods/{period}/board.xlsx", this::groupBoard);
        config.routes.get("/api/periods/{period}/regions/{region}/board.xlsx", this::regionBoard);
    }

    private void consolidated(Context ctx) {
        Authentication.requireController(ctx);
        Period p = PathParams.periodWithStructure(ctx, catalog);
        Downloads.xlsx(ctx, workbooks.consolidated(p), "goalbook-" + p + "-koncern-sammanstallning.xlsx");
    }

    private void groupBoard(Context ctx) {
        Principal who = Authentication.principal(ctx);
        Period p = PathParams.periodWithStructure(ctx, catalog);
        boolean approved = periods.approval(p).map(a -> a.locks()).orElse(false);
        if (who.role() == Role.BOARD && !approved) {
            // reopened: the board keeps the workbook it was given, marked as superseded, until the quarter is approved again
            java.util.Optional<byte[]> superseded = workbooks.supersededBoard(p);
            if (superseded.isPresent()) {
                Downloads.xlsx(ctx, superseded.get(), "goalbook-" + p + "-styrelse-ersatt.xlsx");
                return;
            }
        }
        if (!(who.isController() || (who.role() == Role.BOARD && approved))) {
            throw new ApiProblem(403, "forbidden", who.role() == Role.BOARD
                    ? "The board workbook of " + p + " is available to the board once the quarter is approved"
                    : "Only the controller and the board secretary may fetch the group's board workbook",
                    who.role() == Role.BOARD ? "Styrelsens arbetsbok för " + p + " finns när kvartalet är godkänt."
                            : "Du har inte behörighet till koncernens styrelserapport.");
        }
        Downloads.xlsx(ctx, workbooks.board(p, null), "goalbook-" + p + "-styrelse" + (approved ? "" : "-utkast") + ".xlsx");
    }

    private void regionBoard(Context ctx) {
        Period p = PathParams.periodWithStructure(ctx, catalog);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        boolean approved = periods.approval(p).map(a -> a.locks()).orElse(false);
        Downloads.xlsx(ctx, workbooks.board(p, region), "goalbook-" + p + "-" + region.id() + "-styrelse" + (approved ? "" : "-utkast") + ".xlsx");
    }

}
