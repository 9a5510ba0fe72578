package goalbook.workbook.upload;

import goalbook.workbook.SwedishCount;
import goalbook.workbook.intake.Refusal;
import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.intake.PrescannedUpload;
import goalbook.workbook.intake.CustomProperties;
import goalbook.workbook.intake.WorkbookPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a workbook's {@link TemplateIdentity} from the kept parts: custom properties first, then the
 * cells the name {@code gb_identity} points at, then the sheet {@code gb_identitet} (openpyxl drops
 * custom properties). A {@code gb_identity} spanning more cells than a template ever has is refused
 * before any of them is read.
 */
final class StreamingIdentity {
    static final String CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

    private StreamingIdentity() {}

    static TemplateIdentity read(StreamingReader r) {
        TemplateIdentity id = fromProperties(r);
        if (id == null) {
            id = fromName(r);
        }
        if (id == null) {
            id = fromSheet(r);
        }
        return id;
    }

    private static TemplateIdentity fromProperties(StreamingReader r) {
        PrescannedUpload upload = r.upload();
        Map<String, String> props = CustomProperties.read(upload.part(upload.partOfType(CUSTOM_PROPERTIES)));
        List<String> values = new ArrayList<>();
        for (String key : TemplateLayout.PROPERTY_KEYS) {
            values.add(props.get(TemplateLayout.PROPERTY_PREFIX + key));
        }
        return build(values);
    }

    private static TemplateIdentity fromName(StreamingReader r) {
        List<WorkbookPart.Name> names = r.workbook.named(TemplateLayout.IDENTITY_NAME);
        if (names.isEmpty()) {
            return null;
        }
        NameRef ref = NameRef.parse(names.get(0).refersTo());
        if (ref == null) {
            return null; // a broken name (#REF!): try the sheet
        }
        int max = r.upload().limits().maxNameCells();
        if (ref.size() > max) {
            throw Refusal.NAME_RANGE_TOO_LARGE.exception(TemplateLayout.IDENTITY_NAME, SwedishCount.of(ref.size()), SwedishCount.of(max));
        }
        StreamingReader.Located sheet = r.locate(ref.sheet(), ref.first());
        if (sheet == null) {
            return null;
        }
        Map<Long, RawCell> cells = r.resolveStrings(SheetCells.read(r.upload().part(sheet.part()), ref::contains));
        List<String> values = new ArrayList<>();
        for (int row = ref.firstRow(); row <= ref.lastRow(); row++) {
            for (int col = ref.firstCol(); col <= ref.lastCol(); col++) {
                values.add(text(cells.get(CellAt.key(row, col))));
            }
        }
        return build(values);
    }

    private static TemplateIdentity fromSheet(StreamingReader r) {
        StreamingReader.Located sheet = r.locate(TemplateLayout.IDENTITY_SHEET, new CellAt(0, 0));
        if (sheet == null) {
            return null;
        }
        Map<Long, RawCell> cells = r.resolveStrings(SheetCells.read(r.upload().part(sheet.part()), (row, col) -> col <= 1));
        Map<Integer, String[]> rows = new java.util.TreeMap<>();
        cells.forEach((key, c) -> rows.computeIfAbsent((int) (key >>> 16), k -> new String[2])[(int) (key & 0xFFFF)] = text(c));
        Map<String, String> byKey = new LinkedHashMap<>();
        rows.values().forEach(kv -> {
            if (kv[0] != null) {
                byKey.put(kv[0], kv[1]);
            }
        });
        List<String> values = new ArrayList<>();
        for (String key : TemplateLayout.PROPERTY_KEYS) {
            values.add(byKey.get(key));
        }
        return build(values);
    }

    private static String text(RawCell c) {
        String t = RawCellText.of(c).strip();
        return t.isEmpty() ? null : t;
    }

    /** Null unless all six values are present and year and quarter are whole numbers. */
    static TemplateIdentity build(List<String> v) {
        if (v.size() != TemplateLayout.PROPERTY_KEYS.length || v.stream().anyMatch(x -> x == null || x.isBlank())) {
            return null;
        }
        try {
            return new TemplateIdentity(v.get(0), v.get(1), Integer.parseInt(v.get(2)), Integer.parseInt(v.get(3)), v.get(4), v.get(5));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
