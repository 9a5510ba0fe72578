package goalbook.workbook.referencebook;

import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import goalbook.goals.Source;
import java.util.List;

/**
 * Where the reference workbook keeps its cells and what it names them, e.g. region {@code gavle-dala},
 * measure {@code plan_utbetalda_lan}, Q2 → {@code gb_ref_gavle_dala_plan_utbetalda_lan_q2}.
 * Readers go by these names, never by position, so the layout may change.
 */
final class ReferenceLayout {

    static final String SHEET = "Referensdata";
    static final String INSTRUCTIONS = "Instruktioner";
    static final String IDENTITY_SHEET = "gb_identitet";
    static final String GROUP_KEY = "koncernen";
    static final String GROUP_LABEL = "Koncernen";

    /** Per measure: the whole-year value, then the four cumulative quarters. */
    static final List<String> SLOTS = List.of("year", "q1", "q2", "q3", "q4");
    static final List<String> JSON_KEYS = List.of("year", "Q1", "Q2", "Q3", "Q4");
    static final List<String> HEADERS = List.of("År", "Q1", "Q2", "Q3", "Q4");

    static final int COL_NAME = 0;
    static final int COL_ID = 1;
    static final int FIRST_VALUE_COL = 2;
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int LABEL_ROW = 3;
    static final int SLOT_ROW = 4;
    static final int FIRST_DATA_ROW = 5;

    private ReferenceLayout() {}

    /** The structure's reference measures in structure order, e.g. {@code jmf_omsattningstillvaxt} first for almi-2021. */
    static List<Measure> measures(GoalStructure s) {
        return s.measures().values().stream().filter(m -> m.source() == Source.REFERENCE).toList();
    }

    /** Row key in names: the region id with '-' as '_' (names allow no '-'), or {@code koncernen}. */
    static String rowKey(Region regionOrNullForGroup) {
        return regionOrNullForGroup == null ? GROUP_KEY : regionOrNullForGroup.id().replace('-', '_');
    }

    /** The defined name of one input cell, e.g. {@code gb_ref_koncernen_engagemangsindex_year}. */
    static String name(Region regionOrNullForGroup, Measure m, int slot) {
        return "gb_ref_" + rowKey(regionOrNullForGroup) + "_" + m.id() + "_" + SLOTS.get(slot);
    }

    static int column(int measureIndex, int slot) {
        return FIRST_VALUE_COL + measureIndex * SLOTS.size() + slot;
    }

    /** Data row of region {@code i}; the group row follows the last region. */
    static int row(int regionIndex) {
        return FIRST_DATA_ROW + regionIndex;
    }
}
