package io.cerbero.mcp.app.cache

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.app.support.SettableClock
import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.spi.AuditSink
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.RecordingAuditSink
import io.cerbero.mcp.core.testing.VenuePair
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.util.concurrent.CompletableFuture

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * The real app on a random port with Bybit pointed at two WireMock servers (testnet and live) and a clock the
 * spec moves by hand.
 */
class CachingGateway implements AutoCloseable {
    static final String TESTNET_TOKEN = 'testnet-token-0123456789'
    static final String MAINNET_TOKEN = 'mainnet-token-9876543210'
    static final String TICKER = '/mcp-bybit/tools/get_ticker'

    final VenuePair bybit = new VenuePair('BYBIT')
    final SettableClock clock = new SettableClock(Instant.parse('2025-01-02T10:00:00Z'))
    final ObjectMapper json = new ObjectMapper()
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
    EmbeddedServer server
    ApplicationContext context

    CachingGateway(Map<String, String> extraConfig) {
        bybit.start()
        Map<String, String> config = bybit.urlConfig() + [
                TESTNET_TOKEN           : TESTNET_TOKEN,
                MAINNET_TOKEN           : MAINNET_TOKEN,
                BYBIT_API_KEY           : 'bybit-key-for-cache-spec',
                BYBIT_API_SECRET        : 'bybit-secret-for-cache-spec',
                PLUGINS_DIR             : '/nonexistent-plugins-dir',
        ] + extraConfig
        try {
            context = ApplicationContext.builder()
                    .properties(['micronaut.server.port': -1, 'micronaut.server.host': '127.0.0.1'])
                    .singletons(ConfigSource.of(config), new RecordingAuditSink() as AuditSink, clock as Clock)
                    .start()
            server = context.getBean(EmbeddedServer).start()
        } catch (Throwable e) {
            close()
            throw e
        }
    }

    /** A Bybit ticker answer with the given last price, served after {@code delayMs}. */
    void ticker(Environment environment, String last, int status = 200, int delayMs = 0) {
        String body = """{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{"symbol":"BTCUSDT",
            "lastPrice":"${last}","indexPrice":"100001.20","markPrice":"100052.00","price24hPcnt":"0.02",
            "highPrice24h":"101000.00","lowPrice24h":"97500.50","openInterest":"55000.123",
            "openInterestValue":"5502872306.00","turnover24h":"9876543210.12","volume24h":"99123.456",
            "fundingRate":"0.0001","nextFundingTime":"1735819200000","deliveryTime":"0","ask1Size":"3.250",
            "bid1Price":"100049.90","ask1Price":"100050.10","bid1Size":"1.500","fundingIntervalHour":"8"}]},
            "retExtInfo":{},"time":1735811999000}"""
        stubTicker(environment, body, status, delayMs)
    }

    /** A Bybit retCode 10016 (server error, mapped to UPSTREAM_ERROR) on the ticker path. */
    void tickerServerError(Environment environment) {
        stubTicker(environment, '{"retCode":10016,"retMsg":"Server error","result":{},"retExtInfo":{},"time":1735812000100}',
                200, 0)
    }

    private void stubTicker(Environment environment, String body, int status, int delayMs) {
        bybit.server(environment).stubFor(WireMock.get(urlPathEqualTo('/v5/market/tickers'))
                .withQueryParam('symbol', equalTo('BTCUSDT'))
                .willReturn(VenuePair.jsonResponse(body, status, [:]).withFixedDelay(delayMs)))
    }

    int tickerCalls(Environment environment) {
        bybit.requests(environment).count { it.request.url.startsWith('/v5/market/tickers') } as int
    }

    HttpResponse<String> post(String path, String body, String botTag, Map<String, String> headers = [:],
                              String token = TESTNET_TOKEN) {
        http.send(request(path, body, botTag, headers, token), HttpResponse.BodyHandlers.ofString())
    }

    HttpResponse<String> get(String path, String token) {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:${server.port}${path}"))
                .timeout(Duration.ofSeconds(20)).header('Authorization', "Bearer ${token}").GET().build(),
                HttpResponse.BodyHandlers.ofString())
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String body, String botTag) {
        http.sendAsync(request(path, body, botTag, [:], TESTNET_TOKEN), HttpResponse.BodyHandlers.ofString())
    }

    private HttpRequest request(String path, String body, String botTag, Map<String, String> headers, String token) {
        def builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:${server.port}${path}"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header('Authorization', "Bearer ${token}")
                .header('X-Bot-Tag', botTag)
                .header('Content-Type', 'application/json')
        headers.each { k, v -> builder.header(k, v) }
        builder.build()
    }

    JsonNode read(HttpResponse<String> response) { json.readTree(response.body()) }

    @Override
    void close() {
        context?.close()
        bybit.stop()
    }
}
