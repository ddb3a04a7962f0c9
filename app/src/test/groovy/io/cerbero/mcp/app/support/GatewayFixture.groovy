package io.cerbero.mcp.app.support

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.github.tomakehurst.wiremock.WireMockServer
import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.spi.AuditSink
import io.cerbero.mcp.core.testing.RecordingAuditSink
import io.cerbero.mcp.core.testing.VenuePair
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration


/**
 * Starts the real app on a random port with the test plugins and two WireMock venues (testnet and live), and
 * sends raw HTTP to it. One per spec class ({@code @Shared @AutoCleanup}).
 */
class GatewayFixture implements AutoCloseable {
    static final String TESTNET_TOKEN = 'testnet-token-0123456789'
    static final String MAINNET_TOKEN = 'mainnet-token-9876543210'
    static final String ECHO_SECRET = 'echo-secret-value-7d1e'

    /** The echo venue; the drop-in test plugin points at the same two servers. */
    final VenuePair venues = new VenuePair('ECHO')
    final RecordingAuditSink audit = new RecordingAuditSink()
    final ObjectMapper json = new ObjectMapper()
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
    EmbeddedServer server
    ApplicationContext context

    /** Where this fixture's audit log goes (a fresh folder, so no spec writes under the working directory). */
    final Path auditDir = Files.createTempDirectory('cerbero-audit')

    /**
     * @param recordAudit true: audit events go to {@link #audit} in memory; false: through the host's own sink to
     *                    the JSONL file under {@link #auditDir}
     * @param clock       the host clock, when a spec moves time
     * @param micronaut   extra Micronaut properties (e.g. a short {@code micronaut.http.client.read-timeout})
     * @param beans       more singletons for the context (e.g. a PluginRegistry of spec-made plugins)
     */
    GatewayFixture(Map<String, String> extraConfig = [:], boolean recordAudit = true, Clock clock = null,
                   Map<String, Object> micronaut = [:], List<Object> beans = []) {
        venues.start()
        Map<String, String> config = venues.urlConfig() + [
                TESTNET_TOKEN   : TESTNET_TOKEN,
                MAINNET_TOKEN   : MAINNET_TOKEN,
                ECHO_API_KEY    : ECHO_SECRET,
                DROPIN_URL_TESTNET: testnet.baseUrl(),
                DROPIN_URL_LIVE : live.baseUrl(),
                PLUGINS_DIR     : '/nonexistent-plugins-dir',
                AUDIT_LOG_FILE  : auditDir.resolve('audit.jsonl').toString(),
                // specs fire bursts no bot would; the inbound limits have their own spec (MarketCacheSpec)
                RATE_LIMIT_PER_BOT  : '0',
                RATE_LIMIT_PER_TOKEN: '0',
        ] + extraConfig
        try {
            context = ApplicationContext.builder()
                    .properties(['micronaut.server.port': -1, 'micronaut.server.host': '127.0.0.1'] + micronaut)
                    .singletons(([ConfigSource.of(config)] + (recordAudit ? [audit as AuditSink] : [])
                            + (clock == null ? [] : [clock]) + beans) as Object[])
                    .start()
            server = context.getBean(EmbeddedServer).start()
        } catch (Throwable e) {
            close()
            throw e
        }
    }

    WireMockServer getTestnet() { venues.testnet }

    WireMockServer getLive() { venues.live }

    URI uri(String path) { URI.create("http://127.0.0.1:${server.port}${path}") }

    /** POSTs a raw body to a tool with the given token and bot tag (null to omit). */
    HttpResponse<String> post(String path, String body, String token = TESTNET_TOKEN, String botTag = 'spec-bot',
                              String contentType = 'application/json') {
        def builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        if (token != null) builder.header('Authorization', "Bearer ${token}")
        if (botTag != null) builder.header('X-Bot-Tag', botTag)
        if (contentType != null) builder.header('Content-Type', contentType)
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
    }

    HttpResponse<String> get(String path, String token = null, String botTag = null) {
        def builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET()
        if (token != null) builder.header('Authorization', "Bearer ${token}")
        if (botTag != null) builder.header('X-Bot-Tag', botTag)
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
    }

    HttpResponse<String> send(String method, String path, String body = null) {
        def publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)
        http.send(HttpRequest.newBuilder(uri(path)).method(method, publisher)
                .header('Authorization', "Bearer ${TESTNET_TOKEN}").header('X-Bot-Tag', 'spec-bot').build(),
                HttpResponse.BodyHandlers.ofString())
    }

    JsonNode read(HttpResponse<String> response) { json.readTree(response.body()) }

    void resetVenues() {
        venues.reset()
        audit.clear()
    }

    int venueRequests() { testnet.allServeEvents.size() + live.allServeEvents.size() }

    @Override
    void close() {
        context?.close()
        venues.stop()
        auditDir.toFile().deleteDir()
    }
}
