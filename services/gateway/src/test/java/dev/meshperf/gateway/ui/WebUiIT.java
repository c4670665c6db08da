package dev.meshperf.gateway.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.gateway.StackResource;

/**
 * The web UI as a person uses it, in a real Chromium against the real stack (this gateway in front of the packaged
 * services, the broker, PostgreSQL and a real HTTP target): create a profile through the form (a bad URL is named
 * beside its field), run it and watch the live chart grow, open the result and find every request in its histogram,
 * compare two runs, build a weekly schedule and read its next fire times, and open the report file with the network
 * cut and find its charts drawn.
 */
@QuarkusTest
@QuarkusTestResource(value = StackResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    private static final String TOKEN = "test-token-1";
    private static Browser browser;
    private static TargetServer target;
    private static String profileId;
    private static String firstRun;
    private static final String NAME = "ui-" + UUID.randomUUID().toString().substring(0, 8);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void start() throws Exception {
        target = new TargetServer();
        browser = Browser.start(false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (target != null) {
            target.close();
        }
    }

    private String url(String hash) {
        return "http://127.0.0.1:" + port + "/" + hash;
    }

    private void signIn() {
        browser.open(url("#/"));
        browser.script("sessionStorage.setItem('meshperf.token', arguments[0])", TOKEN);
    }

    private static void type(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    @Order(1)
    void aProfileIsCreatedThroughTheFormAndABadUrlIsNamedBesideItsField() {
        signIn();
        browser.open(url("#/profiles/new"));
        type("[name=name]", NAME);
        type("[name=endpoints]", "ftp://nowhere.example/");
        type("[name='load.rate']", "100");
        type("[name=concurrentRequests]", "4");
        type("[name=duration]", "4s");
        browser.find("main form button[type=submit]").click();

        assertThat(browser.waitForText("[data-field=endpoints] .error", "scheme"))
                .as("the API's problem names endpoints[0].url; the form shows it there").contains("ftp");
        assertThat(browser.find("[data-field=endpoints]").getAttribute("class")).contains("invalid");
        browser.screenshot("profile-form-field-error");

        type("[name=endpoints]", target.url("/"));
        browser.find("main form button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*#/profiles/[0-9a-f-]{36}$"));
        profileId = browser.driver.getCurrentUrl().replaceAll(".*#/profiles/", "");
        assertThat(browser.waitForText("main h1", NAME)).contains(NAME);
        assertThat(given().get("/api/profiles/" + profileId).then().statusCode(200).extract().jsonPath()
                .getString("endpoints[0].url")).isEqualTo(target.url("/"));
    }

    @Test
    @Order(2)
    void aRunIsStartedAndItsLiveChartGainsPoints() {
        browser.open(url("#/profiles/" + profileId));
        browser.find("[data-action=run]").click();
        browser.find("dialog [type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/runs/"));
        firstRun = browser.driver.getCurrentUrl().replaceAll(".*#/runs/", "");

        int early = browser.waitFor(d -> {
            int drawn = drawn("[data-chart=rate]");
            return drawn > 0 ? drawn : null;
        });
        browser.waitFor(d -> drawn("[data-chart=rate]") > early);
        browser.screenshot("live-run");
        WebElement done = browser.find("[data-testid=final]");
        assertThat(done.getText()).contains("COMPLETED");
    }

    private static int drawn(String css) {
        List<WebElement> charts = browser.all(css);
        if (charts.isEmpty()) {
            return 0;
        }
        String value = charts.get(0).getAttribute("data-drawn");
        return value == null ? 0 : Integer.parseInt(value);
    }

    @Test
    @Order(3)
    void theResultsHistogramHoldsEveryRequestOfTheRun() {
        browser.find("[data-testid=final] a.button").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/results/" + firstRun));
        browser.waitFor(d -> drawn("mp-histogram") > 0);
        long requests = given().get("/api/results/" + firstRun).then().statusCode(200).extract().jsonPath()
                .getLong("summary.requests");
        long inHistogram = ((Number) browser.script("return document.querySelector('mp-histogram').data.latency"
                + ".reduce((n, b) => n + b.count, 0)")).longValue();
        assertThat(requests).as("100 req/s for 4 s").isBetween(396L, 404L);
        assertThat(inHistogram).isEqualTo(requests);
        assertThat(browser.find("[data-testid=requests]").getText().replace(",", "")).isEqualTo(String.valueOf(
                requests));
        assertThat(browser.all("mp-histogram canvas")).isNotEmpty();
        browser.screenshot("result");
    }

    @Test
    @Order(4)
    void anEditMakesANewVersionAndTheVersionsPageShowsTheChange() {
        browser.open(url("#/profiles/" + profileId + "/edit"));
        type("[name='load.rate']", "150");
        browser.find("main form button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("#/profiles/" + profileId) ? true : null);
        assertThat(browser.waitForText("main h1", "v2")).contains(NAME);
        browser.open(url("#/profiles/" + profileId + "/versions"));
        String diff = browser.waitForText("[data-slot=diff]", "150");
        assertThat(diff).contains("- ").contains("+ ");
        assertThat(browser.all(".diff .del")).extracting(WebElement::getText).anyMatch(t -> t.contains("100"));
        assertThat(browser.all(".diff .add")).extracting(WebElement::getText).anyMatch(t -> t.contains("150"));
        assertThat(browser.text("[data-slot=stats]")).contains("1 line(s) added, 1 removed");
    }

    @Test
    @Order(5)
    void twoRunsAreComparedFromTheResultsList() {
        String second = given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body("{}").post("/api/profiles/" + profileId + "/run").then().statusCode(202).extract()
                .path("testId");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "COMPLETED".equals(
                given().get("/api/results/" + second + "/live").then().extract().path("status")));
        browser.open(url("#/results?profileId=" + profileId));
        browser.waitFor(d -> browser.all("input[name=pick]").size() >= 2 ? true : null);
        for (String id : List.of(firstRun, second)) {
            browser.find("input[name=pick][value='" + id + "']").click();
        }
        browser.find("[data-action=compare]").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/compare?ids="));
        WebElement deltas = browser.find("[data-testid=deltas]");
        assertThat(deltas.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(deltas.getText()).contains("latency p99").contains("throughput (req/s)").contains("the base");
        browser.waitFor(d -> drawn("[data-chart=cmp-spectrum]") > 0);
        assertThat(browser.script("return document.querySelector('[data-chart=cmp-spectrum]').data.lines.length"))
                .isEqualTo(2L);
        browser.screenshot("compare");
    }

    @Test
    @Order(6)
    void aWeeklyScheduleIsBuiltWithoutCronAndShowsItsNextFireTimes() {
        browser.open(url("#/schedules/new?profileId=" + profileId));
        browser.find("input[name=kind][value=weekly]").click();
        for (WebElement day : browser.all("input[name=weekday]")) {
            boolean wanted = day.getAttribute("value").equals("mon") || day.getAttribute("value").equals("fri");
            if (day.isSelected() != wanted) {
                day.click();
            }
        }
        browser.script("const t = document.querySelector('[name=time]'); t.value = '09:30';"
                + " t.dispatchEvent(new Event('change', {bubbles: true}))");
        type("[name=timeZone]", "Europe/Paris");
        browser.find("[name=timeZone]").sendKeys("\t");
        String sentence = browser.waitForText("[data-testid=sentence]", "Europe/Paris");
        assertThat(sentence).contains("09:30");
        String fires = browser.waitFor(d -> {
            String t = browser.text("[data-testid=next-fires]");
            return t != null && t.lines().count() == 5 ? t : null;
        });
        assertThat(fires.lines()).as("local time of each fire in Paris")
                .allMatch(line -> line.matches("(Mon|Fri) \\d{4}-\\d{2}-\\d{2} 09:30.*"));
        browser.screenshot("schedule-builder");
        browser.find("main form button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*#/schedules/[0-9a-f-]{36}$"));
        String scheduleId = browser.driver.getCurrentUrl().replaceAll(".*#/schedules/", "");
        JsonPath saved = given().get("/api/schedules/" + scheduleId).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getString("weekly")).isEqualTo("mon,fri@09:30");
        given().header("Authorization", "Bearer " + TOKEN).delete("/api/schedules/" + scheduleId).then()
                .statusCode(204);
    }

    @Test
    @Order(7)
    void aConnectionsSecretIsWrittenButNeverShownAgain() {
        String secret = "s3cret-" + UUID.randomUUID();
        browser.open(url("#/connections"));
        browser.find("[data-new=prometheus]").click();
        type("[data-slot=prom-form] [name=name]", NAME + "-prom");
        type("[data-slot=prom-form] [name=url]", "http://127.0.0.1:9/");
        browser.script("const a = document.querySelector('[data-slot=prom-form] [name=auth]'); a.value = 'bearer';"
                + " a.dispatchEvent(new Event('change', {bubbles: true}))");
        type("[data-slot=prom-form] [name=secret]", secret);
        browser.find("[data-slot=prom-form] [type=submit]").click();
        String listed = browser.waitForText("main", NAME + "-prom");
        assertThat(listed).contains("secret set");
        // saving tests what was saved: a connection that does not answer is said at once, in its row and a notice
        assertThat(browser.waitForText("main", "not reachable")).contains("not reachable");
        assertThat(browser.waitForText("mp-toasts", "does not answer")).contains(NAME + "-prom");
        assertThat(browser.driver.getPageSource()).doesNotContain(secret);
        browser.find("[data-test-prom]").click();
        assertThat(browser.waitForText("[data-report]", "not reachable")).contains("not reachable");
        browser.screenshot("connections");
    }

    @Test
    @Order(8)
    void homeShowsTodaysRunsInItsCalendarAndTheGenerators() {
        browser.open(url("#/"));
        assertThat(browser.waitForText("main", "Load generators")).contains("native");
        String today = (String) browser.script("const d = new Date(); const p = (n) => String(n).padStart(2, '0');"
                + " return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate())");
        WebElement day = browser.find(".calendar .day[href$='to=" + today + "']");
        assertThat(Integer.parseInt(day.getAttribute("data-level"))).as("today holds this test's runs").isPositive();
        assertThat(day.getAttribute("title")).containsPattern(today + ": \\d+ run");
        browser.screenshot("home");
    }

    @Test
    @Order(9)
    void theReportOpensWithTheNetworkCutAndDrawsItsCharts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        Files.write(file, given().get("/api/results/" + firstRun + "/report").then().statusCode(200)
                .contentType("text/html").extract().asByteArray());
        try (Browser offline = Browser.start(true)) {
            offline.open(file.toUri().toString());
            offline.waitFor(d -> "true".equals(offline.find("body").getAttribute("data-ready")) ? true : null);
            offline.waitFor(d -> {
                String drawn = offline.find("mp-histogram").getAttribute("data-drawn");
                return drawn != null && Integer.parseInt(drawn) > 0 ? true : null;
            });
            assertThat(offline.all("mp-histogram canvas, mp-spectrum canvas")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(offline.find("[data-testid=requests]").getText()).isNotBlank();
            Object fetched = offline.script("return performance.getEntriesByType('resource')"
                    + ".map(e => e.name).filter(n => !n.startsWith('data:'))");
            assertThat((List<?>) fetched).as("the report asked the network for nothing").isEmpty();
            offline.screenshot("report-offline");
        }
    }
}
