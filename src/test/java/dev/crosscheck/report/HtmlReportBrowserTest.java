package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Prerequisites;
import dev.crosscheck.ScreenWidths;
import dev.crosscheck.review.TestReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * report.html opened from disk in Chromium, offline: the content security policy lets the page's own
 * script run (the filter bar appears), and the filters show exactly the conflicts they should; untrusted
 * text in the page runs nothing. Set {@code -Dcrosscheck.screenshots=DIR} to keep a screenshot.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        Prerequisites.require(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is not installed (Debian package chromium-driver)");
        Prerequisites.require(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed (Debian package chromium)");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1600", "--user-data-dir=" + tmp.resolve("profile"));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFiltersShowExactlyTheConflictsAskedFor() throws IOException {
        Report report = ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20");
        open("night-two.html", HtmlReport.render(report));
        screenshot("report-filters");

        assertTrue(browser.findElement(By.id("filters")).isDisplayed(), "the script ran under the page's own policy");
        assertEquals("Showing 3 of 3 conflicts", count());
        assertEquals(List.of(TestReports.ENGINE_CHANGED, TestReports.COUNT, TestReports.DATE), visibleConflicts());

        browser.findElement(By.cssSelector("input[name=severity][value=HIGH]")).click();
        assertEquals("Showing 2 of 3 conflicts", count());
        assertEquals(List.of(TestReports.COUNT, TestReports.DATE), visibleConflicts());
        browser.findElement(By.cssSelector("input[name=severity][value=HIGH]")).click();

        new Select(browser.findElement(By.name("outlet"))).selectByValue("AP");
        assertEquals(List.of(TestReports.DATE), visibleConflicts());
        assertFalse(browser.findElement(By.id("story-limo")).isDisplayed(), "a story with nothing to show is hidden");
        new Select(browser.findElement(By.name("outlet"))).selectByValue("");

        new Select(browser.findElement(By.name("change"))).selectByValue("new");
        assertEquals(List.of(TestReports.ENGINE_CHANGED), visibleConflicts());
        new Select(browser.findElement(By.name("change"))).selectByValue("");

        new Select(browser.findElement(By.name("category"))).selectByValue("DATE");
        assertEquals(List.of(TestReports.DATE), visibleConflicts());
        assertEquals("Showing 1 of 3 conflicts", count());
    }

    /** report.html at a phone's width and a desktop's: nothing sticks out; pictures in target/screenshots/. */
    @Test
    void thePageFitsAPhoneAndADesktopScreen() throws IOException {
        Report report = ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20");
        open("night-two.html", HtmlReport.render(report, "http://127.0.0.1:8080/"));
        for (int width : new int[] {ScreenWidths.PHONE, ScreenWidths.DESKTOP}) {
            ScreenWidths.emulate(browser, width, 900);
            assertEquals(List.of(), ScreenWidths.overflow(browser), "report.html at " + width + " px");
            ScreenWidths.screenshot(browser, "report-html-" + width, width);
        }
    }

    @Test
    void articleTextRunsNothing() throws IOException {
        open("hostile.html", HtmlReport.render(TestReports.hostile()));
        screenshot("report-hostile");
        Object pwned = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__pwned || null;");
        assertEquals(null, pwned, "no injected handler or script ran");
        assertTrue(browser.findElement(By.tagName("mark")).getText().contains("<script>window.__pwned=2</script> cars"));
    }

    private void open(String name, String html) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), html);
        browser.get(file.toUri().toString());
    }

    private String count() {
        return browser.findElement(By.id("filter-count")).getText();
    }

    private List<String> visibleConflicts() {
        return browser.findElements(By.cssSelector("article.conflict")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("id")).toList();
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("crosscheck.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
