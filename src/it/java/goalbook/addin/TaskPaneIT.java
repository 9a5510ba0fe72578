package goalbook.addin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The task pane inside "Excel": a fake Office.js/Excel API (src/test/resources/addin/fake-office.js) is
 * injected before the page's scripts; it records calls and serves a real workbook's bytes in 64 KiB slices.
 */
@Tag("integration")
class TaskPaneIT {
    static final String MARK = "#FFC7CE";
    static AddinFixture fx;
    static String fake;
    HeadlessChrome chrome;

    @BeforeAll
    static void start() throws IOException {
        fx = new AddinFixture();
        try (InputStream in = TaskPaneIT.class.getResourceAsStream("/addin/fake-office.js")) {
            fake = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (chrome != null) {
            chrome.close();
        }
    }

    /** A 320 px wide pane in fake Excel with {@code excelApi} as the highest supported ExcelApi version. */
    void openPane(byte[] workbook, String excelApi) {
        signIn(workbook, excelApi, AddinFixture.TOKEN);
        chrome.byId("year").clear();
        chrome.byId("year").sendKeys("2024");
        new Select(chrome.byId("quarter")).selectByValue("2");
        assertEquals("Almi Nord", chrome.byId("region-fixed").getText(), "a region's pane shows only its own region");
    }

    /** The pane in fake Excel, signed in with {@code token}, on the quarter it opens with. */
    void signIn(byte[] workbook, String excelApi, String token) {
        chrome = new HeadlessChrome(320, 900);
        chrome.beforePageScripts("window.__gbExcelApi = '" + excelApi + "';\n" + fake);
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        setWorkbook(workbook);
        chrome.awaitText(By.id("mode"), "I Excel");
        chrome.byId("token").sendKeys(token);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
    }

    void setWorkbook(byte[] workbook) {
        chrome.js("window.__gbWorkbookBase64 = arguments[0];", Base64.getEncoder().encodeToString(workbook));
    }

    @SuppressWarnings("unchecked")
    List<String> calls() {
        return (List<String>) chrome.js("return window.__gb.calls;");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> gb(String field) {
        return (Map<String, Object>) chrome.js("return window.__gb[arguments[0]];", field);
    }

    @Test
    void check_readsTheWorkbookInSlicesListsProblemsAndMarksTheirCells() throws Exception {
        openPane(fx.withError, "1.18");
        List<String> cells = fx.problemCells(fx.withError);
        assertFalse(chrome.byId("file-row").isDisplayed(), "inside Excel the pane reads the open workbook");

        chrome.byId("act-check").click();
        chrome.awaitText(By.id("message"), "fel att rätta");
        chrome.awaitIdle();
        List<String> calls = calls();
        int slices = (fx.withError.length + 65535) / 65536;
        assertTrue(calls.contains("getFileAsync compressed 65536"), calls.toString());
        for (int i = 0; i < slices; i++) {
            assertTrue(calls.contains("getSliceAsync " + i), calls.toString());
        }
        assertFalse(calls.contains("getSliceAsync " + slices), calls.toString());
        assertEquals(1L, chrome.js("return window.__gb.closed;"), "the file is closed after reading");

        Map<String, Object> fills = gb("fills");
        for (String cell : cells) {
            assertEquals(MARK, fills.get(cell), cell + " marked; fills " + fills);
            assertTrue(String.valueOf(gb("notes").get(cell)).contains("många"), "a note on " + cell);
        }
        assertEquals(List.of(), chrome.js("return window.__gb.violations;"), "nothing changed on a protected sheet");
        assertEquals(true, chrome.js("return window.__gb.sheets['Inrapportering'].protected;"), "protection restored");

        WebElement first = chrome.driver.findElement(By.cssSelector("#problems button"));
        first.click();
        chrome.awaitIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !((List<?>) chrome.js("return window.__gb.selected;")).isEmpty());
        assertEquals(List.of(cells.get(0)), chrome.js("return window.__gb.selected;"));
        chrome.screenshot("taskpane-check-problems");

        // The region fixes the cell; the next check unmarks it (its original fill back, note gone).
        setWorkbook(fx.valid);
        chrome.byId("act-check").click();
        chrome.awaitText(By.id("message"), "inga fel");
        chrome.awaitIdle();
        Map<String, Object> after = gb("fills");
        for (String cell : cells) {
            assertEquals("#FFF2CC", after.get(cell), "original fill restored on " + cell);
            assertFalse(gb("notes").containsKey(cell), "note removed from " + cell);
        }
        assertFalse(chrome.byId("problems-box").isDisplayed());
        assertEquals(List.of(), chrome.js("return window.__gb.violations;"));
    }

    @Test
    void check_onExcelWithoutNotes_marksWithFillOnly() {
        openPane(fx.withError, "1.8");
        chrome.awaitText(By.id("mode"), "utan anteckningar");
        chrome.byId("act-check").click();
        chrome.awaitText(By.id("message"), "fel att rätta");
        chrome.awaitIdle();
        assertTrue(gb("notes").isEmpty());
        assertEquals(MARK, gb("fills").get(fx.problemCells(fx.withError).get(0)));
    }

    @Test
    void submit_showsVerdictPerGoalAndVersion() throws Exception {
        openPane(fx.valid, "1.18");
        chrome.byId("act-submit").click();
        chrome.awaitText(By.id("result-summary"), "och giltig");
        String goals = chrome.byId("goals").getText();
        assertTrue(goals.contains("Uppfyllt"), goals);
        assertTrue(chrome.byId("result-summary").getText().matches("Version \\d+ .*"), chrome.byId("result-summary").getText());
        chrome.screenshot("taskpane-submit");
    }

    @Test
    void openTemplate_createsANewWorkbookFromTheTemplateBytes() {
        openPane(fx.valid, "1.18");
        chrome.byId("act-template").click();
        chrome.awaitText(By.id("message"), "nytt fönster");
        @SuppressWarnings("unchecked")
        List<String> created = (List<String>) chrome.js("return window.__gb.created;");
        assertEquals(1, created.size());
        assertArrayEquals(fx.template, Base64.getDecoder().decode(created.get(0)));
    }

    @Test
    void personSignedInForTwoRegions_choosesBetweenThem_andNoOther() throws IOException {
        signIn(fx.valid, "1.18", fx.signedIn("Anna Berg", "Goalbook.Region.nord", "Goalbook.Region.mitt"));
        assertTrue(chrome.byId("region").isDisplayed(), "two regions: a choice, not a fixed name");
        assertEquals(java.util.Set.of("Almi Nord", "Almi Mitt"),
                new Select(chrome.byId("region")).getOptions().stream().map(WebElement::getText).collect(java.util.stream.Collectors.toSet()));
        assertFalse(chrome.byId("controller").isDisplayed());
        assertFalse(chrome.byId("region-fixed").isDisplayed());
        String who = chrome.byId("who").getText();
        assertTrue(who.contains("Almi Nord") && who.contains("Almi Mitt"), who);
        assertTrue(chrome.byId("message").getText().contains("Välj kvartal och region"));
        chrome.screenshot("taskpane-two-regions");
    }

    @Test
    void region_opensOnTheLastCompletedQuarterWithOnlyItsOwnRegion() throws Exception {
        signIn(fx.valid, "1.18", AddinFixture.TOKEN);
        assertEquals("2024", chrome.byId("year").getAttribute("value"), "the server's clock says 2024-08-15");
        assertEquals("2", new Select(chrome.byId("quarter")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Almi Nord", chrome.byId("region-fixed").getText());
        assertFalse(chrome.byId("region").isDisplayed());
        assertFalse(chrome.byId("controller").isDisplayed());
        assertFalse(chrome.byId("reference").isDisplayed());
        chrome.screenshot("taskpane-region");
    }

    @Test
    void controller_opensTheReferenceWorkbookInExcel_andSeesEveryUploadProblemWithoutJumpingIntoTheOpenWorkbook() throws Exception {
        signIn(fx.valid, "1.18", "demo-controller");
        assertTrue(chrome.byId("region").isDisplayed(), "the controller chooses among all regions");
        chrome.driver.findElement(By.cssSelector("#reference summary")).click();
        chrome.byId("act-ref-download").click();
        chrome.awaitText(By.id("ref-message"), "nytt fönster");
        @SuppressWarnings("unchecked")
        List<String> created = (List<String>) chrome.js("return window.__gb.created;");
        byte[] reference = fx.server.get("/api/reference/almi-2021/2024.xlsx", "demo-controller").body();
        assertArrayEquals(reference, Base64.getDecoder().decode(created.get(0)));

        byte[] bad = AddinFixture.fillNamed(reference, Map.of("gb_ref_nord_plan_utbetalda_lan_q2", "många", "gb_ref_mitt_jmf_andel_utlandsk_year", 2.0));
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("goalbook-ref").resolve("referensdata.xlsx");
        java.nio.file.Files.write(file, bad);
        chrome.byId("ref-file").sendKeys(file.toString());
        chrome.byId("act-ref-upload").click();
        chrome.awaitText(By.id("ref-error"), "Referensdata sparades inte: 2 fel");
        assertEquals(2, chrome.driver.findElements(By.cssSelector("#ref-problems li")).size());
        assertTrue(chrome.driver.findElements(By.cssSelector("#ref-problems button")).isEmpty(),
                "the cells are in the reference file, not in the open workbook");
        assertTrue(chrome.byId("ref-problems").getText().contains("'många' är inte ett tal"), chrome.byId("ref-problems").getText());
        chrome.screenshot("taskpane-controller-reference");
    }

    /** The pane in fake Excel whose Office answers single sign-on with {@code sso} (a JS object literal), not signed in by hand. */
    void openWithSingleSignOn(String sso) {
        chrome = new HeadlessChrome(320, 900);
        chrome.beforePageScripts("window.__gbExcelApi = '1.18';\nwindow.__gbSso = " + sso + ";\n" + fake);
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear();");
        chrome.driver.navigate().refresh();
        setWorkbook(fx.valid);
        chrome.awaitText(By.id("mode"), "I Excel");
    }

    @Test
    void singleSignOn_officesTokenSignsThePaneInWithoutTheTokenForm() throws Exception {
        String token = fx.signedIn("Anna Berg", "Goalbook.Region.nord");
        openWithSingleSignOn("{token: '" + token + "'}");
        chrome.awaitText(By.id("message"), "Inloggad");
        assertTrue(calls().contains("getAccessToken true"), calls().toString());
        assertFalse(chrome.byId("signin").isDisplayed(), "no token form");
        assertTrue(chrome.byId("who").getText().contains("Almi Nord"), chrome.byId("who").getText());
        chrome.screenshot("taskpane-sso");
    }

    @Test
    void singleSignOn_unavailable_keepsTheTokenFormAndSaysWhyInSwedish() throws Exception {
        openWithSingleSignOn("{code: 13012}");
        chrome.awaitText(By.id("signin-error"), "Den här Excel-versionen kan inte logga in med Microsoft 365");
        assertTrue(chrome.byId("signin").isDisplayed());
        chrome.byId("token").sendKeys(AddinFixture.TOKEN);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.screenshot("taskpane-sso-fallback");
    }

    @Test
    void singleSignOn_unknownError_namesItsCode() {
        openWithSingleSignOn("{code: 13999}");
        chrome.awaitText(By.id("signin-error"), "kod 13999");
        assertTrue(chrome.byId("signin").isDisplayed());
    }
}
