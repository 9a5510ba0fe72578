package goalbook.workbook.report;

import goalbook.consolidation.Consolidation;
import goalbook.consolidation.RegionGap;
import goalbook.goals.Goal;
import goalbook.goals.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which regions the group's figures cover, said once: e.g. "Koncernvärdena bygger på de 7 av 16
 * regioner som har lämnat in. Ej inlämnad: Almi Östergötland, …", then one line per goal whose
 * figure covers fewer (an invalid value left out), e.g. "Mål 7 Utbetalda lån: 6 av 16 regioner –
 * värdet från Almi Mitt är ogiltigt och räknas inte.".
 */
final class CoverageNote {

    static final String NOT_SUBMITTED = "Ej inlämnad";

    private final Consolidation c;
    private final List<Region> regions;
    private final Set<String> absent = new LinkedHashSet<>();

    CoverageNote(Consolidation c, List<Region> regions) {
        this.c = c;
        this.regions = regions;
        c.gaps().stream().filter(g -> g.kind() == RegionGap.Kind.MISSING).forEach(g -> absent.add(g.region()));
    }

    /** True when {@code region} did not submit this quarter. */
    boolean absent(String region) {
        return absent.contains(region);
    }

    /** The sentence on the regions in the group's figures, e.g. "… 7 av 16 regioner … Ej inlämnad: …". */
    String headline() {
        int all = regions.size();
        if (absent.isEmpty()) {
            return "Koncernvärdena bygger på alla " + all + " regioner.";
        }
        int submitted = all - absent.size();
        String names = String.join(", ", absent.stream().map(this::name).toList());
        return "Koncernvärdena bygger på de " + submitted + " av " + all + " regioner som har lämnat in. "
                + NOT_SUBMITTED + " (" + absent.size() + "): " + names + ".";
    }

    /** One line per goal whose figure leaves out more regions than those that did not submit, and one for goals measured centrally. */
    List<String> exceptions(List<Goal> goals) {
        List<String> out = new ArrayList<>();
        List<String> central = new ArrayList<>();
        for (Goal g : goals) {
            Set<String> leftOut = new LinkedHashSet<>();
            boolean byRegions = false;
            for (String id : g.measures()) {
                if (!c.coverage().containsKey(id)) {
                    continue;
                }
                byRegions = true;
                c.uncovered().getOrDefault(id, List.of()).stream().filter(r -> !absent.contains(r)).forEach(leftOut::add);
            }
            if (!byRegions) {
                central.add(String.valueOf(g.number()));
            } else if (!leftOut.isEmpty()) {
                int covered = regions.size() - absent.size() - leftOut.size();
                List<String> names = leftOut.stream().map(this::name).toList();
                out.add("Mål " + g.number() + " " + g.name() + ": " + covered + " av " + regions.size() + " regioner – "
                        + (names.size() == 1 ? "värdet från " + names.get(0) + " är ogiltigt och räknas inte."
                        : "värdena från " + String.join(", ", names) + " är ogiltiga och räknas inte."));
            }
        }
        if (!central.isEmpty()) {
            out.add((central.size() == 1 ? "Mål " + central.get(0) + " mäts" : "Mål " + SwedishList.and(central) + " mäts")
                    + " centralt; koncernens värde kommer från referensdata, inte från regionernas inlämningar.");
        }
        return out;
    }

    private String name(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).map(Region::name).findFirst().orElse(id);
    }

    /** "1, 2 och 10" */
    static final class SwedishList {
        private SwedishList() {}

        static String and(List<String> items) {
            if (items.size() < 2) {
                return String.join("", items);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
        }
    }
}
