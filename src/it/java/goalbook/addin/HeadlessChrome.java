package goalbook.addin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (never Selenium Manager, so
 * nothing is downloaded), with a fresh profile, downloads into a temp folder and Microsoft's CDN blocked
 * so Office.js is "unreachable" unless a test injects a fake. Missing binaries fail the test.
 */
final class HeadlessChrome implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    HeadlessChrome(int width, int height) {
        assertTrue(Files.isExecutable(CHROMIUM), "apt-get install chromium: " + CHROMIUM + " is required");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "apt-get install chromium-driver: " + CHROMEDRIVER + " is required");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("goalbook-chrome");
            downloads = Files.createTempDirectory("goalbook-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=sv-SE");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*appsforoffice.microsoft.com*")));
    }

    /** Runs {@code source} in every new document before the page's own scripts. */
    void beforePageScripts(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try {
                return d.findElement(by).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page navigated between finding the element and reading it (a sign-in's redirect back):
                // Chrome 156 answers that with this error rather than a stale element
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Waits until the action buttons are enabled again (the pane is idle). */
    void awaitIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !byId("busy").isDisplayed() && byId("act-check").isEnabled());
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The first finished download whose name ends with {@code suffix}. */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> finished(suffix).orElse(null));
    }

    void clearDownloads() throws IOException {
        try (Stream<Path> s = Files.list(downloads)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
    }

    private Optional<Path> finished(String suffix) {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a full-height screenshot of the page as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Long height = (Long) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(4000, Math.max(before.getHeight(), height + 120))));
        js("window.scrollTo(0, 0);");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(before);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
