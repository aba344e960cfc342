package dev.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Prerequisites;
import dev.crosscheck.ScreenWidths;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.web.ReviewServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review app in a real browser: Debian's Chromium, driven through chromedriver by Selenium. Set
 * {@code -Dcrosscheck.screenshots=DIR} to keep a PNG of each page visited.
 */
abstract class ReviewBrowserContract {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    TestDatabase database;
    ReviewServer server;
    WebDriver browser;
    WebDriverWait wait;

    abstract TestDatabase newDatabase(Path dir);

    @BeforeEach
    void setUp() throws IOException {
        Prerequisites.require(Files.isExecutable(CHROMEDRIVER),
                CHROMEDRIVER + " is not installed (Debian package chromium-driver)");
        Prerequisites.require(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed (Debian package chromium)");
        database = newDatabase(tmp);
        Path reports = tmp.resolve("reports");
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        TestReports.write(reports, "2026-11-21", TestReports.update());
        TestReports.write(reports, "2026-11-22", TestReports.hostile());
        new Editors(Database.open(database.url())).add("alice", "alice-password".toCharArray());
        server = ReviewServer.start(new ReviewServer.Settings(reports, database.url(), "127.0.0.1", 0, false));
        browser = chromium(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Headless Chromium with the driver path given, so Selenium Manager never tries to download anything. */
    static WebDriver chromium(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    @Test
    void anEditorSignsInConfirmsOneConflictDismissesAnotherAndSeesBothAfterAReload() {
        browser.get(server.url() + "queue");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        screenshot("login");
        browser.findElement(By.id("name")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        screenshot("queue");

        open(TestReports.COUNT);
        screenshot("conflict");
        browser.findElement(By.id("confirm")).click();
        assertEquals("Confirmed.", flash());

        open(TestReports.DATE);
        new Select(browser.findElement(By.id("dismiss-reason"))).selectByVisibleText("same fact worded differently");
        browser.findElement(By.id("dismiss")).click();
        assertEquals("Dismissed as same fact worded differently.", flash());

        browser.get(server.url() + "queue?status=all");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        screenshot("queue-after");
        assertEquals("confirmed", rowStatus(TestReports.COUNT));
        assertEquals("dismissed", rowStatus(TestReports.DATE));
        assertEquals("open", rowStatus(TestReports.ENGINE));
        assertTrue(row(TestReports.DATE).getText().contains("same fact worded differently"));

        open(TestReports.COUNT);
        browser.navigate().refresh();
        assertEquals("confirmed", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("alice confirmed it (was open)"));
        open(TestReports.DATE);
        assertEquals("dismissed: same fact worded differently", browser.findElement(By.id("status")).getText());
        screenshot("conflict-dismissed");
        browser.get(server.url() + "rules");
        screenshot("rules");
    }

    @Test
    void anArticleWithScriptAndAttributesShowsAsText() {
        browser.get(server.url() + "login");
        browser.findElement(By.id("name")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));

        open(TestReports.HOSTILE);
        screenshot("hostile");
        WebElement first = browser.findElement(By.id("side-1"));
        assertEquals("<script>window.__pwned=2</script> cars",
                first.findElement(By.cssSelector(".in-sentence mark.quote")).getText());
        assertTrue(first.findElement(By.cssSelector(".in-paragraph")).getText()
                .contains("The <img src=x onerror=\"window.__pwned=1\"> convoy had"));
        assertEquals("<b onmouseover=\"window.__pwned=5\">Evil Times</b>",
                first.findElement(By.cssSelector(".outlet")).getText());
        assertEquals("<script>window.__pwned=6</script>Title", first.findElement(By.cssSelector(".title")).getText());
        assertTrue(browser.findElement(By.id("explanation")).getText().contains("<script>window.__pwned=4</script>"));
        assertTrue(first.findElements(By.cssSelector("a.source")).isEmpty(), "a javascript: URL is not a link");

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"));
        assertEquals(0L, js.executeScript("return document.querySelectorAll('script, img, main b[onmouseover]').length"));
        browser.get(server.url() + "queue?status=all");
        assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"));
    }

    /**
     * The queue and a conflict page at a phone's width and a desktop's: nothing sticks out to the right and the page
     * never scrolls sideways. Writes target/screenshots/{Class}-{queue,conflict,update}-{420,1400}.png.
     */
    @Test
    void theQueueAndAConflictPageFitAPhoneAndADesktopScreen() {
        signIn();
        for (int width : new int[] {ScreenWidths.PHONE, ScreenWidths.DESKTOP}) {
            browser.get(server.url() + "queue?status=all");
            ScreenWidths.emulate(browser, width, 900);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
            assertEquals(List.of(), ScreenWidths.overflow(browser), "the queue at " + width + " px");
            assertTrue(browser.findElement(By.id("filters")).isDisplayed());
            ScreenWidths.screenshot(browser, getClass().getSimpleName() + "-queue-" + width, width);

            for (String[] page : new String[][] {{TestReports.COUNT, "conflict"}, {TestReports.UPDATE, "update"},
                    {TestReports.HOSTILE, "hostile"}}) {
                browser.get(server.url() + "conflicts/" + page[0]);
                ScreenWidths.emulate(browser, width, 900);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
                assertEquals(List.of(), ScreenWidths.overflow(browser), page[1] + " page at " + width + " px");
                assertTrue(browser.findElement(By.id("next-open")).isDisplayed(), "the way on is on the screen");
                ScreenWidths.screenshot(browser, getClass().getSimpleName() + "-" + page[1] + "-" + width, width);
            }
        }
        open(TestReports.UPDATE);
        WebElement timeline = browser.findElement(By.id("timeline"));
        assertEquals(0, browser.findElements(By.id("confirm")).size(), "an update is acknowledged, not confirmed");
        assertTrue(browser.findElement(By.id("acknowledge")).isDisplayed());
        assertEquals(3, timeline.findElements(By.cssSelector("ol > li")).size(), timeline.getText());
    }

    private void signIn() {
        browser.get(server.url() + "login");
        browser.findElement(By.id("name")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
    }

    private void open(String conflictId) {
        browser.get(server.url() + "conflicts/" + conflictId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    }

    private String flash() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash"))).getText();
    }

    private WebElement row(String conflictId) {
        return browser.findElement(By.cssSelector("tr[data-id='" + conflictId + "']"));
    }

    private String rowStatus(String conflictId) {
        return row(conflictId).getAttribute("data-status");
    }

    private void screenshot(String name) {
        String dir = System.getProperty("crosscheck.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path file = Path.of(dir).resolve(getClass().getSimpleName() + "-" + name + ".png");
            Files.createDirectories(file.getParent());
            // The whole page, not just the window: grow the window to the page's height for the picture.
            org.openqa.selenium.Dimension size = browser.manage().window().getSize();
            Number height = (Number) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, height.intValue() + 140));
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
