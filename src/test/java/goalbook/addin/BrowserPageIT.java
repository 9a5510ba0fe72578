package goalbook.addin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The page outside Excel (Office.js unreachable): sign in, download, upload, problems, submit, history, in a real browser. */
@Tag("integration")
class BrowserPageIT {
    static AddinFixture fx;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        fx = new AddinFixture();
        chrome = new HeadlessChrome(1024, 900);
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    static void openAndSignIn(String token) {
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.clear();");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Office.js kunde inte laddas");
        chrome.byId("token").sendKeys(token);
        chrome.byId("signin-button").click();
    }

    static void choosePeriod() {
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.byId("year").clear();
        chrome.byId("year").sendKeys("2024");
        new Select(chrome.byId("quarter")).selectByValue("2");
        new Select(chrome.byId("region")).selectByValue("nord");
    }

    static Path write(byte[] bytes, String name) throws Exception {
        Path p = Files.createTempDirectory("goalbook-upload").resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void browserPage_wholeQuarter_templateCheckSubmitAndAnnotatedDownload() throws Exception {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        assertTrue(chrome.byId("file").isDisplayed(), "outside Excel the page asks for a file");
        assertEquals(AddinFixture.TOKEN, chrome.js("return sessionStorage.getItem('goalbook.token');"));
        assertFalse(String.valueOf(chrome.js("return JSON.stringify(localStorage);")).contains(AddinFixture.TOKEN));

        chrome.clearDownloads();
        chrome.byId("act-template").click();
        Path template = chrome.awaitDownload(".xlsx");
        chrome.awaitIdle();
        assertArrayEquals(fx.template, Files.readAllBytes(template), "the download is the quarter's template");

        List<String> cells = fx.problemCells(fx.withError);
        assertFalse(cells.isEmpty());
        chrome.byId("file").sendKeys(write(fx.withError, "nord-q2.xlsx").toString());
        chrome.byId("act-check").click();
        chrome.awaitText(By.id("message"), "fel att rätta");
        String problems = chrome.byId("problems").getText();
        assertTrue(problems.contains("många") && problems.contains(cells.get(0)), problems);
        assertTrue(chrome.driver.findElements(By.cssSelector("#problems button")).isEmpty(), "no cell to jump to outside Excel");
        chrome.screenshot("browser-check-problems");

        chrome.byId("act-submit").click();
        chrome.awaitText(By.id("result-summary"), "Version 1");
        assertTrue(chrome.byId("result-summary").getText().contains("fel att rätta"));
        chrome.screenshot("browser-submit");

        chrome.clearDownloads();
        chrome.byId("act-history").click();
        WebElement open = chrome.await(By.xpath("//button[contains(., 'Öppna kommenterad version 1')]"));
        open.click();
        Path annotated = chrome.awaitDownload(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(annotated)))) {
            assertNotNull(wb.getSheet("Resultat"), "the annotated workbook has its result sheet");
        }
        chrome.screenshot("browser-history");
    }

    @Test
    void browserPage_unknownToken_showsTheServersSwedishMessage() {
        openAndSignIn("not-a-token");
        chrome.awaitText(By.id("signin-error"), "Din token är okänd eller återkallad.");
        assertFalse(chrome.byId("signin-error").getText().contains("401"));
        chrome.await(By.id("token"));
        assertEquals(null, chrome.js("return sessionStorage.getItem('goalbook.token');"));
    }

    @Test
    void browserPage_oldExcelFile_showsTheServersSwedishRefusal() throws Exception {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        // The OLE2 signature of an .xls file.
        byte[] xls = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        chrome.byId("file").sendKeys(write(xls, "gammal.xlsx").toString());
        chrome.byId("act-check").click();
        WebElement error = chrome.await(By.id("error"));
        chrome.awaitIdle();
        String text = error.getText();
        assertTrue(text.contains(".xls") || text.contains("Excel"), text);
        assertFalse(text.matches(".*\\b4\\d\\d\\b.*"), text);
    }

    @Test
    void browserPage_checkWithoutFile_asksForOne() {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        chrome.byId("act-check").click();
        chrome.awaitText(By.id("error"), "Välj den ifyllda arbetsboken");
    }

    @Test
    void browserPage_controllerActionRefused_showsASwedishMessageNeverAStatusCode() {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        chrome.driver.findElement(By.cssSelector("#controller summary")).click();
        chrome.byId("act-approve").click();
        WebElement error = chrome.await(By.id("error"));
        chrome.awaitIdle();
        String text = error.getText();
        assertFalse(text.isBlank());
        assertFalse(text.matches(".*\\b[45]\\d\\d\\b.*"), text);

        chrome.byId("act-reopen").click();
        chrome.awaitText(By.id("error"), "Skriv varför kvartalet ska öppnas igen.");
    }

    @Test
    void browserPage_controller_seesTheStatusGridApprovesWithMissingRegionsAndReopens() throws Exception {
        openAndSignIn("demo-controller");
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.byId("year").clear();
        chrome.byId("year").sendKeys("2024");
        new Select(chrome.byId("quarter")).selectByValue("3");
        chrome.driver.findElement(By.cssSelector("#controller summary")).click();
        chrome.byId("act-status").click();
        chrome.awaitText(By.id("status-grid"), "av 16 regioner har lämnat in");
        assertEquals(16, chrome.driver.findElements(By.cssSelector("#status-grid tbody tr")).size());
        chrome.screenshot("browser-controller-status");

        chrome.byId("act-approve").click();
        chrome.awaitText(By.id("error"), "regioner har inte lämnat in");
        chrome.byId("approve-missing").click();
        chrome.byId("act-approve").click();
        chrome.awaitText(By.id("message"), "är godkänt (med regioner som saknas)");
        chrome.byId("reopen-reason").sendKeys("Test av webbsidan");
        chrome.byId("act-reopen").click();
        chrome.awaitText(By.id("message"), "är öppnat igen");
    }

    @Test
    void browserPage_keyboardOnly_signsInAndReachesEveryAction() {
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.clear();");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Office.js kunde inte laddas");
        chrome.byId("token").click();
        new org.openqa.selenium.interactions.Actions(chrome.driver).sendKeys(AddinFixture.TOKEN + org.openqa.selenium.Keys.ENTER).perform();
        chrome.awaitText(By.id("message"), "Inloggad");
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            new org.openqa.selenium.interactions.Actions(chrome.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            reached.add(String.valueOf(chrome.js("return document.activeElement.id || document.activeElement.tagName;")));
        }
        for (String id : new String[] {"signout", "year", "quarter", "region", "file", "act-template", "act-check", "act-submit", "act-history"}) {
            assertTrue(reached.contains(id), id + " reachable by Tab; reached " + reached);
        }
        String outline = String.valueOf(chrome.js(
                "document.getElementById('act-check').focus(); return getComputedStyle(document.getElementById('act-check')).outlineStyle;"));
        assertEquals("solid", outline, "focused buttons show a focus ring");
    }

    @Test
    void browserPage_otherRegionsHistory_isRefusedInSwedish() {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        new Select(chrome.byId("region")).selectByValue("mitt");
        chrome.byId("act-history").click();
        chrome.awaitText(By.id("error"), "Du har inte behörighet till detta.");
        assertFalse(chrome.byId("history-box").isDisplayed());
    }

    @Test
    void browserPage_regionIsRemembered_tokenIsNot() {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        chrome.byId("signout").click();
        chrome.await(By.id("token"));
        assertEquals(null, chrome.js("return sessionStorage.getItem('goalbook.token');"));
        chrome.byId("token").sendKeys(AddinFixture.TOKEN);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
        assertEquals("nord", new Select(chrome.byId("region")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2", new Select(chrome.byId("quarter")).getFirstSelectedOption().getAttribute("value"));
    }
}
