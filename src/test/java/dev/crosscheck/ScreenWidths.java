package dev.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * A page in Chromium as a phone (420 px) and a desktop screen (1400 px) show it, through Chromium's device
 * emulation: what sticks out to the right, and a picture of the whole page under {@code target/screenshots/}.
 */
public final class ScreenWidths {

    public static final int PHONE = 420;
    public static final int DESKTOP = 1400;
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ScreenWidths() {
    }

    /** Shows pages {@code width} CSS pixels wide (a phone below 800), reloading the current one. */
    public static void emulate(WebDriver browser, int width, int height) {
        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
        browser.navigate().refresh();
    }

    /**
     * What makes the page wider than the screen, or is cut off at its right edge: the page's own width when it
     * scrolls sideways, and each visible element that ends right of the screen (by tag, id or class, and how far).
     * Empty when the page fits. Elements inside a box that scrolls on its own are the box's business.
     */
    @SuppressWarnings("unchecked")
    public static List<String> overflow(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                const out = [];
                if (document.documentElement.scrollWidth > width) {
                  out.push('page: ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen');
                }
                for (const e of document.querySelectorAll('body *')) {
                  let scrolls = false;
                  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll') { scrolls = true; break; }
                  }
                  const r = e.getBoundingClientRect();
                  if (!scrolls && r.width > 0 && r.right > width + 1) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' ends at ' + Math.round(r.right) + ' px');
                  }
                }
                return out.slice(0, 12);
                """);
    }

    /** A picture of the whole page at the width shown, as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(WebDriver browser, String name, int width) {
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", Math.min(height.intValue(), 12000), "deviceScaleFactor", 1, "mobile", width < 800));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
