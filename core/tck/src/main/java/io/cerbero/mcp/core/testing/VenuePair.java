package io.cerbero.mcp.core.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cerbero.mcp.core.spi.Environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in venue for plugin specs: two WireMock servers on free ports, one per environment, so a spec can prove
 * that a testnet call reaches only the testnet server (and a mainnet call only the live one).
 *
 * <p>Use by composition ({@code @Shared MyVenue venue = new MyVenue()}, {@code start()} in {@code setupSpec},
 * {@code reset()} in {@code setup}, {@code stop()} in {@code cleanupSpec}) or extend it: a venue fixture adds its
 * credentials to {@link #config(Map)} and re-arms venue behaviour (signature checks, a server-time stub) in
 * {@link #onReset}. Venue-specific checks (signatures) stay in the plugin's own fixture.
 *
 * <p>Config keys follow the design: {@code <PLUGIN>_URL_TESTNET} and {@code <PLUGIN>_URL_LIVE}.
 */
public class VenuePair {
    /** The testnet server; public so Groovy specs can write {@code venue.testnet.stubFor(…)}. */
    public final WireMockServer testnet = new WireMockServer(options().dynamicPort());
    /** The live (mainnet) server. */
    public final WireMockServer live = new WireMockServer(options().dynamicPort());

    private final String pluginPrefix;

    /** @param pluginPrefix the plugin's config prefix, upper case: {@code BYBIT}, {@code DERIBIT} */
    public VenuePair(String pluginPrefix) {
        if (pluginPrefix == null || !pluginPrefix.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("plugin prefix must be upper case: " + pluginPrefix);
        }
        this.pluginPrefix = pluginPrefix;
    }

    /** Starts both servers (once per spec) and resets them. */
    public void start() {
        testnet.start();
        live.start();
        reset();
    }

    public void stop() {
        testnet.stop();
        live.stop();
    }

    /** Forgets all stubs and recorded requests on both servers, then calls {@link #onReset} for each. */
    public void reset() {
        testnet.resetAll();
        live.resetAll();
        onReset(testnet, Environment.TESTNET);
        onReset(live, Environment.MAINNET);
    }

    /** Forgets recorded requests only, keeping stubs. */
    public void resetRequests() {
        testnet.resetRequests();
        live.resetRequests();
    }

    /** Hook for subclasses: stubs every server must have after a reset. Does nothing here. */
    protected void onReset(WireMockServer server, Environment environment) {
    }

    /** The server of {@code environment}. */
    public WireMockServer server(Environment environment) {
        return environment == Environment.MAINNET ? live : testnet;
    }

    /** Base URL of the server of {@code environment}: {@code http://localhost:<port>}. */
    public String baseUrl(Environment environment) {
        return server(environment).baseUrl();
    }

    public String pluginPrefix() {
        return pluginPrefix;
    }

    /** The per-environment URL variables pointing at the two servers: {@code <PREFIX>_URL_TESTNET}, {@code _LIVE}. */
    public Map<String, String> urlConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(pluginPrefix + "_URL_TESTNET", testnet.baseUrl());
        config.put(pluginPrefix + "_URL_LIVE", live.baseUrl());
        return config;
    }

    /** {@link #urlConfig()} plus {@code extra} (credentials, caps); {@code extra} wins. */
    public Map<String, String> config(Map<String, String> extra) {
        Map<String, String> config = urlConfig();
        config.putAll(extra);
        return config;
    }

    /** Requests the server received, oldest first. */
    public List<ServeEvent> requests(WireMockServer server) {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events;
    }

    /** Requests the server of {@code environment} received, oldest first. */
    public List<ServeEvent> requests(Environment environment) {
        return requests(server(environment));
    }

    /** The server's requests of one HTTP method ({@code POST}), oldest first. */
    public List<ServeEvent> requests(WireMockServer server, String method) {
        return requests(server).stream().filter(e -> e.getRequest().getMethod().value().equals(method)).toList();
    }

    /** How many requests the server of {@code environment} received. */
    public int requestCount(Environment environment) {
        return server(environment).getAllServeEvents().size();
    }

    /** Requests received by both servers together. */
    public int totalRequestCount() {
        return testnet.getAllServeEvents().size() + live.getAllServeEvents().size();
    }

    /** A classpath resource as UTF-8 text, e.g. {@code /bybit/market_time.json}; fails clearly when absent. */
    public static String resource(String path) {
        try (InputStream in = VenuePair.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON response with {@code status} and extra headers. */
    public static ResponseDefinitionBuilder jsonResponse(String body, int status, Map<String, String> headers) {
        ResponseDefinitionBuilder response = aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body);
        headers.forEach(response::withHeader);
        return response;
    }

    /** A 200 JSON response. */
    public static ResponseDefinitionBuilder jsonResponse(String body) {
        return jsonResponse(body, 200, Map.of());
    }
}
