package goalbook;

import goalbook.goals.StructureLoader;
import goalbook.workbook.PoiFormulaCheck;

/** Builds the shared pieces the server and the tools both need. */
final class Wiring {
    private Wiring() {}

    /** Every expression must parse in EvalEx and in the spreadsheet's own formula parser. */
    static StructureLoader structureLoader() {
        return new StructureLoader(new PoiFormulaCheck());
    }
}
