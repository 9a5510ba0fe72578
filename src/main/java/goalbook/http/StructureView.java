package goalbook.http;

import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of the structure API, e.g. {@code {"id":"almi-2021","validFrom":2021,...}}. */
final class StructureView {
    private StructureView() {}

    record Summary(String id, String name, int validFrom, Integer validTo, String revision) {}

    record Structure(String id, String name, int validFrom, Integer validTo, String revision, Map<String, String> goalTypes,
                     List<Area> areas, List<MeasureJson> measures, List<String> groupGoals) {}

    record Area(String name, String description, List<GoalJson> goals) {}

    record GoalJson(String id, int number, String name, String type, List<Integer> boardQuarters, String target, List<String> measures) {}

    record MeasureJson(String id, String label, String help, String unit, String source, String aggregation, String timing) {}

    record RegionJson(String id, String name) {}

    static Summary summary(GoalStructure s) {
        return new Summary(s.id(), s.name(), s.validFrom(), s.validTo(), s.revision());
    }

    static Structure of(GoalStructure s) {
        List<Area> areas = s.areas().stream().map(StructureView::area).toList();
        List<MeasureJson> measures = s.measures().values().stream().map(StructureView::measure).toList();
        return new Structure(s.id(), s.name(), s.validFrom(), s.validTo(), s.revision(), s.goalTypes(), areas, measures, s.groupGoals());
    }

    static RegionJson region(Region r) {
        return new RegionJson(r.id(), r.name());
    }

    private static Area area(GoalArea a) {
        return new Area(a.name(), a.description(), a.goals().stream().map(StructureView::goal).toList());
    }

    private static GoalJson goal(Goal g) {
        return new GoalJson(g.id(), g.number(), g.name(), g.type(), List.copyOf(g.boardQuarters()), g.targetText(), g.measures());
    }

    private static MeasureJson measure(Measure m) {
        return new MeasureJson(m.id(), m.label(), m.help(), lower(m.unit()), lower(m.source()), lower(m.aggregation()), lower(m.timing()));
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
