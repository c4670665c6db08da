package dev.meshperf.runnerwrk2.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.runnerservice.testing.Specs;

class LuaScriptTest {

    @Test
    void quotesEverythingThatIsNotPlainAscii() {
        assertThat(LuaScript.quote("a\"b\\c\nd é")).isEqualTo("\"a\\034b\\092c\\010d \\195\\169\"");
    }

    @Test
    void passesMethodHeadersCookiesAndBody() {
        String lua = LuaScript.generate(Specs.post("http://127.0.0.1:1/x", 1));

        assertThat(lua).contains("wrk.method = \"POST\"")
                .contains("wrk.body = \"{\\034hello\\034:\\034wrk\\034}\"")
                .contains("wrk.headers[\"X-Meshperf-Test\"] = \"wrk \\034quoted\\034 \\195\\169\"")
                .contains("wrk.headers[\"Content-Type\"] = \"application/json\"")
                .contains("wrk.headers[\"Cookie\"] = ")
                .doesNotContain("function request()");
        assertThat(LuaScript.headers(Specs.post("http://127.0.0.1:1/x", 1))).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("Cookie");
            assertThat(h.value()).contains("session=abc").contains("lang=en").contains("; ");
        });
    }

    @Test
    void statusCountsCrossThreadsAsNumbersAndAStringNotAsATable() {
        // wrk2's thread:get swaps a table's keys and values; numbers and strings it copies as wrk does
        String lua = LuaScript.generate(Specs.post("http://127.0.0.1:1/x", 1));

        assertThat(lua).contains("_G[key] = (_G[key] or 0) + 1").contains("t:get(\"seen\")")
                .contains("t:get(\"status_\" .. status)").doesNotContain("t:get(\"codes\")");
    }

    @Test
    void rotatesPathsByWeight() {
        List<String> rotation = LuaScript.rotation(List.of(new Endpoint("http://h:1/a?x=1", 30),
                new Endpoint("http://h:1/b", 10), new Endpoint("http://h:1", null)));

        // weights 30, 10 and 1 (absent): no common divisor, so 41 entries
        assertThat(rotation).hasSize(41);
        assertThat(rotation.stream().filter("/a?x=1"::equals)).hasSize(30);
        assertThat(rotation.stream().filter("/b"::equals)).hasSize(10);
        assertThat(rotation).contains("/");
        String lua = LuaScript.generate(Specs.withEndpoints(Specs.post("http://h:1/a", 1),
                List.of(Endpoint.of("http://h:1/a"), Endpoint.of("http://h:1/b"))));
        assertThat(lua).contains("local paths = {\"/a\", \"/b\"}").contains("function request()");
    }

    @Test
    void scalesLargeWeightsDown() {
        List<String> rotation = LuaScript.rotation(List.of(new Endpoint("http://h:1/a", 100_000),
                new Endpoint("http://h:1/b", 1)));

        assertThat(rotation.size()).isLessThanOrEqualTo(LuaScript.MAX_ROTATION + 1);
        assertThat(rotation).contains("/b");
    }
}
