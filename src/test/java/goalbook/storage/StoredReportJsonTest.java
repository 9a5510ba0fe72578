package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Severity;
import goalbook.evaluation.Trend;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The stored report is a contract with every year already in the database: the committed rows
 * (src/test/resources/goalbook/submissions) must keep reading to the same values, schema 1 strictly,
 * rows from before the schema (no "schema") leniently. Rows are never rewritten.
 */
class StoredReportJsonTest {

    private static String fixture(String name) {
        try (InputStream in = StoredReportJsonTest.class.getResourceAsStream("/goalbook/submissions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing fixture " + name, e);
        }
    }

    private static GoalResult goal(StoredReport r, String id) {
        return r.report().goals().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    /** The same figures from the legacy row and from its schema-1 twin. */
    @ParameterizedTest
    @ValueSource(strings = {"stored-report-v0-almi-2021.json", "stored-report-v1-almi-2021.json"})
    void read_committedValidRow_readsToTheSameValues(String file) {
        StoredReport r = StoredReportJson.read(fixture(file));

        assertEquals("almi-2021", r.report().structure());
        assertEquals("50298d4d57cd", r.report().structureRevision());
        assertEquals("2024-Q4", r.report().period());
        assertEquals("nord", r.report().region());
        assertTrue(r.report().valid());
        assertEquals(3, r.report().problems().size());
        assertEquals(new Problem(Severity.WARNING, "rounded_to_whole_kronor", "kostnader", "Inrapportering!C40",
                "Cell Inrapportering!C40 (Kostnader hittills i år (kr)): 2 000 000,4 kr har avrundats till 2 000 000 kr. "
                        + "Belopp anges i hela kronor."), r.report().problems().get(0));
        assertEquals(12, r.report().goals().size());
        GoalResult kyc = goal(r, "kyc");
        assertEquals(GoalStatus.NOT_MET, kyc.status());
        assertEquals(new BigDecimal("0.9966666666666666666666666666666667"), kyc.value());
        assertEquals("= 100,0 %", kyc.target(), "a stored target text stays as it was written");
        assertEquals(Trend.NO_COMPARISON, kyc.trend());
        assertEquals(11, kyc.number());
        assertEquals("Hållbart värdeskapande", kyc.area());
        assertEquals("Å", kyc.type());
        GoalResult nps = goal(r, "nps");
        assertEquals("Få svar i år.\nFler i Q1.", nps.comment());
        assertEquals(0, new BigDecimal(60).compareTo(nps.value()));
        assertEquals(GoalStatus.NO_TARGET, goal(r, "engagemangsindex").status());
        assertNull(goal(r, "engagemangsindex").value());
        assertEquals(1, goal(r, "avkastning_lan").parts().size());
        assertEquals(new BigDecimal("-0.03"), goal(r, "avkastning_lan").parts().get(0).value());
        IndexResult all = r.report().indices().stream().filter(i -> i.id().equals("maluppfyllelse")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("81.81818181818181818181818181818182"), all.value());
        assertEquals(12, all.components().size());
        assertEquals(new BigDecimal("0"), all.components().get(9).weight());
        assertEquals("Målnivå saknas", all.components().get(9).formula());
        assertEquals(15, r.inputs().size());
        assertEquals(new BigDecimal("100"), r.inputs().get("unika_kunder"));
        assertEquals(new BigDecimal("-900000"), r.inputs().get("lan_resultat_36m"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stored-report-v0-invalid.json", "stored-report-v1-invalid.json"})
    void read_committedInvalidRow_keepsItsErrorsForConsolidation(String file) {
        StoredReport r = StoredReportJson.read(fixture(file));
        assertEquals(false, r.report().valid());
        assertEquals(new Problem(Severity.ERROR, "required", "kunder_kvinnor", "Inrapportering!D1",
                "Uppgift saknas: Unika kunder ledda av kvinnor måste fyllas i."), r.report().problems().get(0));
        assertEquals(GoalStatus.MISSING, goal(r, "andel_kvinnor").status());
        assertEquals(GoalStatus.NOT_DUE, goal(r, "nettoomsattningstillvaxt").status());
        assertEquals(14, r.inputs().size());
        assertNull(r.inputs().get("kunder_kvinnor"));
    }

    @Test
    void read_legacyAndSchemaOneTwins_areEqual() {
        assertEquals(StoredReportJson.read(fixture("stored-report-v0-almi-2021.json")),
                StoredReportJson.read(fixture("stored-report-v1-almi-2021.json")));
        assertEquals(StoredReportJson.read(fixture("stored-report-v0-invalid.json")),
                StoredReportJson.read(fixture("stored-report-v1-invalid.json")));
    }

    /** The writer is pinned too: what it writes today is byte for byte the committed schema-1 row. */
    @Test
    void write_committedReport_isTheCommittedSchemaOneRow() {
        StoredReport r = StoredReportJson.read(fixture("stored-report-v0-almi-2021.json"));
        String written = StoredReportJson.write(r.report(), r.inputs());
        assertEquals(fixture("stored-report-v1-almi-2021.json"), written);
        assertTrue(written.startsWith("{\"schema\":1,"), written);
        assertEquals(r, StoredReportJson.read(written));
    }

    @Test
    void read_schemaOneWithUnknownProperty_isRefusedNamingItAndWhere() {
        String json = fixture("stored-report-v1-almi-2021.json").replaceFirst("\"number\":1,", "\"number\":1,\"nummer\":1,");
        StoredReportException e = assertThrows(StoredReportException.class, () -> StoredReportJson.read(json));
        assertTrue(e.getMessage().contains("unknown property 'nummer'") && e.getMessage().contains("goals[0]"), e.getMessage());
    }

    @Test
    void read_schemaOneMissingRequiredProperty_isRefusedNamingIt() {
        String json = fixture("stored-report-v1-almi-2021.json").replaceFirst("\"comment\":null,", "");
        StoredReportException e = assertThrows(StoredReportException.class, () -> StoredReportJson.read(json));
        assertTrue(e.getMessage().contains("'comment'") && e.getMessage().contains("goals[0]"), e.getMessage());
    }

    @Test
    void read_schemaOneUnknownStatus_isRefused() {
        String json = fixture("stored-report-v1-almi-2021.json").replaceFirst("\"status\":\"MET\"", "\"status\":\"ACHIEVED\"");
        StoredReportException e = assertThrows(StoredReportException.class, () -> StoredReportJson.read(json));
        assertTrue(e.getMessage().contains("ACHIEVED"), e.getMessage());
    }

    @Test
    void read_newerSchema_isRefusedSayingWhichThisServerReads() {
        String json = fixture("stored-report-v1-almi-2021.json").replaceFirst("\"schema\":1", "\"schema\":2");
        StoredReportException e = assertThrows(StoredReportException.class, () -> StoredReportJson.read(json));
        assertTrue(e.getMessage().contains("schema 2") && e.getMessage().contains("reads schema 1"), e.getMessage());
    }

    /** Legacy rows read as they always did: an unknown property is ignored. */
    @Test
    void read_legacyWithUnknownProperty_readsLeniently() {
        String json = fixture("stored-report-v0-almi-2021.json").replaceFirst("\"number\":1,", "\"number\":1,\"nummer\":1,");
        assertEquals(StoredReportJson.read(fixture("stored-report-v0-almi-2021.json")), StoredReportJson.read(json));
    }
}
