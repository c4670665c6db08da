package dev.meshperf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times a result page in Debian's headless Chromium, from the navigation's start until every chart is drawn (the page
 * sets {@code data-result-drawn-ms}): once as the UI draws it (long series thinned for display) and once with every
 * point drawn ({@code ?points=all}), the peer measured in the same run. Prints the median of each over the rounds.
 *
 * <pre>
 * java dev.meshperf.bench.UiRender GATEWAY_URL TEST_ID [ROUNDS=5]
 * </pre>
 */
public final class UiRender {

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String testId = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path profile = Files.createTempDirectory("meshperf-bench-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,1000");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        try {
            List<Double> thinned = new ArrayList<>();
            List<Double> all = new ArrayList<>();
            time(driver, gateway + "/#/results/" + testId, 1);
            for (int r = 0; r < rounds; r++) {
                thinned.add(time(driver, gateway + "/#/results/" + testId, r + 2));
                all.add(time(driver, gateway + "/#/results/" + testId + "?points=all", r + 2));
            }
            int points = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('[data-chart=latency]').data.lines[0].points.length")).intValue();
            System.out.printf("points=%d thinned_ms=%.0f all_points_ms=%.0f%n", points, median(thinned), median(all));
        } finally {
            driver.quit();
        }
    }

    /** Loads the page afresh and returns how long it took until its charts were drawn. */
    private static double time(ChromeDriver driver, String url, int round) {
        driver.get("about:blank");
        driver.get(url.replace("/#", "/?round=" + round + "#"));
        Object drawn = new WebDriverWait(driver, Duration.ofMinutes(2), Duration.ofMillis(50)).until(d -> {
            Object v = ((JavascriptExecutor) d).executeScript("return document.body.dataset.resultDrawnMs");
            return v == null ? null : v;
        });
        return Double.parseDouble(drawn.toString());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
