package dev.meshperf.gateway.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromium-driver, with a fresh profile and every call out of the
 * browser (updates, sync, background networking) switched off, as this machine's closed network requires. Selenium
 * Manager is never asked for a driver: both binaries are given.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("meshperf.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("meshperf.test.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser; with {@code offline}, its network is cut (no request can leave it). */
    static Browser start(boolean offline) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile = Files.createTempDirectory("meshperf-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        if (offline) {
            // nothing may leave: every request goes to a proxy that is not there
            options.addArguments("--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The text of the first element the selector finds now, or null (none yet, or replaced while read). */
    String text(String css) {
        try {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** Waits until the first element the selector finds has a text containing {@code part}; returns that text. */
    String waitForText(String css, String part) {
        return waitFor(d -> {
            String t = text(css);
            return t != null && t.contains(part) ? t : null;
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(200)).until(condition);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A picture of the page for people to look at, under target/ui-screenshots. */
    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "ui-screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
