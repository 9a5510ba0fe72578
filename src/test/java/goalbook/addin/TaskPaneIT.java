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
        chrome = new HeadlessChrome(320, 900);
        chrome.beforePageScripts("window.__gbExcelApi = '" + excelApi + "';\n" + fake);
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        setWorkbook(workbook);
        chrome.awaitText(By.id("mode"), "I Excel");
        chrome.byId("token").sendKeys(AddinFixture.TOKEN);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.byId("year").clear();
        chrome.byId("year").sendKeys("2024");
        new Select(chrome.byId("quarter")).selectByValue("2");
        new Select(chrome.byId("region")).selectByValue("nord");
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
}
