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
        chrome.awaitText(By.id("mode"), "Webbsida");
        chrome.byId("token").sendKeys(token);
        chrome.byId("signin-button").click();
    }

    static void choosePeriod() {
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.byId("year").clear();
        chrome.byId("year").sendKeys("2024");
        new Select(chrome.byId("quarter")).selectByValue("2");
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
        chrome.awaitText(By.id("signin-error"), "Inloggningsnyckeln är okänd eller återkallad.");
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
    void browserPage_region_seesOnlyItsOwnRegionAndNeverTheControllersSections() throws Exception {
        openAndSignIn(AddinFixture.TOKEN);
        chrome.awaitText(By.id("message"), "Inloggad");
        List<String> options = chrome.driver.findElements(By.cssSelector("#region option")).stream().map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("nord"), options);
        assertFalse(chrome.byId("region").isDisplayed(), "nothing to choose");
        assertEquals("Almi Nord", chrome.byId("region-fixed").getText());
        assertTrue(chrome.byId("who").getText().contains("Almi Nord"), chrome.byId("who").getText());
        assertFalse(chrome.byId("controller").isDisplayed(), "no quarter summary for a region");
        assertFalse(chrome.byId("reference").isDisplayed(), "no reference data for a region");
        assertFalse(chrome.byId("act-approve").isDisplayed());
        assertTrue(chrome.byId("act-template").isDisplayed());
        chrome.screenshot("browser-region");
    }

    @Test
    void browserPage_opensOnTheLastCompletedQuarterByTheServersClock() {
        // The fixture's server thinks it is 2024-08-15: 2024-Q3 is unfinished, 2024-Q2 is the quarter to report.
        openAndSignIn(AddinFixture.TOKEN);
        chrome.awaitText(By.id("message"), "Inloggad");
        assertEquals("2024", chrome.byId("year").getAttribute("value"));
        assertEquals("2", new Select(chrome.byId("quarter")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void browserPage_aQuarterChosenForAnEarlierDefault_givesWayToTheNewDefault() {
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.setItem('goalbook.prefs', JSON.stringify("
                + "{year: '2024', quarter: '1', region: 'nord', defaultPeriod: '2024-Q1'}));");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Webbsida");
        chrome.byId("token").sendKeys(AddinFixture.TOKEN);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
        assertEquals("2", new Select(chrome.byId("quarter")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void browserPage_signIn_speaksOfAnInloggningsnyckelNeverAToken() {
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.clear();");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Webbsida");
        assertEquals("Inloggningsnyckel", chrome.driver.findElement(By.cssSelector("label[for=token]")).getText());
        String text = chrome.driver.findElement(By.tagName("body")).getText();
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("token"), text);
    }

    @Test
    void browserPage_board_seesOnlyItsWorkbook() {
        openAndSignIn("demo-board");
        chrome.awaitText(By.id("message"), "Inloggad");
        assertTrue(chrome.byId("act-board-only").isDisplayed());
        assertFalse(chrome.byId("act-template").isDisplayed());
        assertFalse(chrome.byId("region").isDisplayed());
        assertFalse(chrome.byId("controller").isDisplayed());
        assertFalse(chrome.byId("reference").isDisplayed());
        chrome.byId("act-board-only").click();
        chrome.awaitText(By.id("error"), "finns när kvartalet är godkänt");
    }

    @Test
    void browserPage_controller_downloadsReferenceDataAndSeesEveryProblemOfAnUploadInSwedish() throws Exception {
        openAndSignIn("demo-controller");
        chrome.awaitText(By.id("message"), "Inloggad");
        chrome.driver.findElement(By.cssSelector("#reference summary")).click();
        chrome.clearDownloads();
        chrome.byId("act-ref-download").click();
        Path downloaded = chrome.awaitDownload(".xlsx");
        chrome.awaitIdle();
        assertEquals("goalbook-referensdata-almi-2021-2024.xlsx", downloaded.getFileName().toString());
        byte[] xlsx = Files.readAllBytes(downloaded);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertNotNull(wb.getSheet("Referensdata"));
        }

        byte[] bad = AddinFixture.fillNamed(xlsx, java.util.Map.of(
                "gb_ref_nord_plan_utbetalda_lan_year", -1.0,
                "gb_ref_mitt_jmf_andel_kvinnor_q2", 1.2,
                "gb_ref_koncernen_engagemangsindex_year", "ca 80"));
        chrome.byId("ref-file").sendKeys(write(bad, "referensdata.xlsx").toString());
        chrome.byId("act-ref-upload").click();
        chrome.awaitText(By.id("ref-error"), "Referensdata sparades inte: 3 fel");
        List<WebElement> items = chrome.driver.findElements(By.cssSelector("#ref-problems li"));
        assertEquals(3, items.size());
        String all = chrome.byId("ref-problems").getText();
        assertTrue(all.contains("Almi Nord") && all.contains("får inte vara negativt"), all);
        assertTrue(all.contains("Almi Mitt") && all.contains("en andel ska vara mellan 0 % och 100 %, angivet 120 %"), all);
        assertTrue(all.contains("Koncernen") && all.contains("'ca 80' är inte ett tal"), all);
        assertTrue(all.contains("Referensdata!"), "each problem names its cell: " + all);
        for (String english : List.of("must", "share", "between", "got", "number")) {
            assertFalse(all.contains(english), english + " in " + all);
        }
        assertFalse(chrome.byId("problems-box").isDisplayed(), "the region's list stays untouched");
        chrome.screenshot("browser-controller-reference-problems");

        byte[] good = AddinFixture.fillNamed(xlsx, java.util.Map.of("gb_ref_mitt_jmf_andel_kvinnor_q2", 0.45));
        chrome.byId("ref-file").clear();
        chrome.byId("ref-file").sendKeys(write(good, "referensdata.xlsx").toString());
        chrome.byId("act-ref-upload").click();
        chrome.awaitText(By.id("ref-message"), "Referensdata för 2024 är sparad (version");
        assertFalse(chrome.byId("ref-problems-box").isDisplayed());
        assertFalse(chrome.byId("ref-error").isDisplayed());
    }

    @Test
    void browserPage_controller_statusSaysInPlainWordsWhoIsLate() throws Exception {
        openAndSignIn("demo-controller");
        chrome.awaitText(By.id("message"), "Inloggad");
        assertEquals(16, chrome.driver.findElements(By.cssSelector("#region option")).size());
        assertTrue(chrome.byId("reference").isDisplayed());
        chrome.driver.findElement(By.cssSelector("#controller summary")).click();
        chrome.byId("act-status").click();
        chrome.awaitText(By.id("status-grid"), "av 16 regioner har lämnat in");
        String grid = chrome.byId("status-grid").getText();
        // 2024-Q2's deadline (20 days after 30 June) passed before the fixture's 15 August.
        assertTrue(grid.contains("Inlämning") && grid.contains("Försenad, saknas"), grid);
        assertFalse(grid.contains("Tid") || grid.contains("sent") || grid.contains("försenad"), grid);
        WebElement mitt = chrome.driver.findElement(By.xpath("//div[@id='status-grid']//tr[td[1]='Almi Mitt']"));
        List<String> cells = mitt.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Almi Mitt", "–", "–", "–", "–", "–", "–", "Försenad, saknas", "Ej inlämnad"), cells, "no goal counts without a report");
        chrome.screenshot("browser-controller");
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
        assertTrue(chrome.byId("status-grid").getText().contains("Inte inlämnad än"), "2024-Q3 is not over on 15 August");
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
        chrome.awaitText(By.id("mode"), "Webbsida");
        chrome.byId("token").click();
        new org.openqa.selenium.interactions.Actions(chrome.driver).sendKeys(AddinFixture.TOKEN + org.openqa.selenium.Keys.ENTER).perform();
        chrome.awaitText(By.id("message"), "Inloggad");
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            new org.openqa.selenium.interactions.Actions(chrome.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            reached.add(String.valueOf(chrome.js("return document.activeElement.id || document.activeElement.tagName;")));
        }
        for (String id : new String[] {"signout", "year", "quarter", "file", "act-template", "act-check", "act-submit", "act-history"}) {
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
        // The page offers no other region; a tampered page still meets the server's refusal.
        chrome.js("var s = document.getElementById('region'), o = document.createElement('option');"
                + " o.value = 'mitt'; s.appendChild(o); s.value = 'mitt';");
        chrome.byId("act-history").click();
        chrome.awaitText(By.id("error"), "Du har inte behörighet till detta.");
        assertFalse(chrome.byId("history-box").isDisplayed());
    }

    @Test
    void browserPage_regionIsRemembered_tokenIsNot() {
        openAndSignIn(AddinFixture.TOKEN);
        choosePeriod();
        new Select(chrome.byId("quarter")).selectByValue("1");
        chrome.byId("signout").click();
        chrome.await(By.id("token"));
        assertEquals(null, chrome.js("return sessionStorage.getItem('goalbook.token');"));
        chrome.byId("token").sendKeys(AddinFixture.TOKEN);
        chrome.byId("signin-button").click();
        chrome.awaitText(By.id("message"), "Inloggad");
        assertEquals("nord", new Select(chrome.byId("region")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("1", new Select(chrome.byId("quarter")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void browserPage_controllerReturnsARegion_theRegionReadsWhyAndAnswers() throws Exception {
        String halland = "/api/periods/2024-Q2/regions/halland";
        byte[] template = fx.server.get(halland + "/template.xlsx", "demo-controller").body();
        assertEquals(201, fx.server.upload(halland + "/submissions", "demo-halland",
                goalbook.FilledTemplates.fill(template, goalbook.FilledTemplates.B_Q2_MET), null).statusCode());

        openAndSignIn("demo-controller");
        choosePeriod();
        new Select(chrome.byId("region")).selectByValue("halland");
        chrome.driver.findElement(By.cssSelector("#controller summary")).click();
        chrome.byId("act-return").click();
        chrome.awaitText(By.id("error"), "Skriv varför rapporten återförvisas");
        chrome.byId("review-reason").sendKeys("NPS-svaren verkar för få");
        chrome.byId("act-return").click();
        chrome.awaitText(By.id("message"), "Version 1 är återförvisad");
        chrome.awaitText(By.id("review-state"), "Återförvisad");
        new Select(chrome.byId("comment-goal")).selectByValue("nps");
        chrome.byId("comment-text").sendKeys("Hur många kunder svarade?");
        chrome.byId("act-comment").click();
        chrome.awaitText(By.id("threads"), "Hur många kunder svarade?");
        chrome.screenshot("browser-controller-review");

        openAndSignIn("demo-halland");
        choosePeriod();
        chrome.byId("act-history").click();
        chrome.awaitText(By.id("history"), "Återförvisad");
        chrome.awaitText(By.id("review-state"), "NPS-svaren verkar för få");
        chrome.await(By.id("reply-nps")).sendKeys("42 av 60 kunder svarade.");
        chrome.driver.findElement(By.xpath("//div[@id='threads']//button[.='Skicka svar']")).click();
        chrome.awaitText(By.id("threads"), "42 av 60 kunder svarade.");
        chrome.screenshot("browser-region-review");
        com.fasterxml.jackson.databind.JsonNode comments = AddinFixture.JSON.readTree(fx.server.get(halland + "/comments", "demo-controller").body())
                .at("/threads/0/comments");
        assertEquals(List.of("controller", "region"), List.of(comments.get(0).get("from").asText(), comments.get(1).get("from").asText()));
    }

    @Test
    void browserPage_signsInWithMicrosoft_throughTheIssuersPageWithPkce() throws Exception {
        fx.issuer.browserToken = fx.signedIn("Anna Berg", "Goalbook.Region.nord");
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.clear();");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Webbsida");
        chrome.await(By.id("signin-microsoft")).click();
        chrome.awaitText(By.id("message"), "Inloggad");
        assertTrue(fx.issuer.pkceVerified, "the token was given for the verifier of the challenge the page sent");
        assertTrue(chrome.byId("who").getText().contains("Almi Nord"), chrome.byId("who").getText());
        assertFalse(chrome.driver.getCurrentUrl().contains("code="), "the code leaves the address bar: " + chrome.driver.getCurrentUrl());
        chrome.screenshot("browser-signin-microsoft");
    }

    @Test
    void browserPage_signInWithMicrosoftCancelled_saysSoInSwedishAndKeepsTheTokenForm() {
        fx.issuer.browserToken = null;
        chrome.driver.get(fx.url("/addin/taskpane.html"));
        chrome.js("sessionStorage.clear(); localStorage.clear();");
        chrome.driver.navigate().refresh();
        chrome.awaitText(By.id("mode"), "Webbsida");
        chrome.await(By.id("signin-microsoft")).click();
        chrome.awaitText(By.id("signin-error"), "Inloggningen med Microsoft avbröts");
        assertTrue(chrome.byId("token").isDisplayed());
    }
}
