package io.cerbero.mcp.core.testing

import io.cerbero.mcp.core.invoke.DryRunGuard
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.upstream.ResilientUpstreamClient
import spock.lang.Specification
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder
import org.junit.platform.launcher.core.LauncherFactory
import org.junit.platform.launcher.listeners.SummaryGeneratingListener

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass

import java.time.Clock

/** The safety checks of the TCK and the host can fail: a plugin that breaks them goes red. */
class ContractCatchesBrokenPluginsSpec extends Specification {

    /** Runs a contract class on the JUnit platform, as surefire would, and names the features that failed. */
    static List<String> failedFeatures(Class contract) {
        def listener = new SummaryGeneratingListener()
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .build(), listener)
        listener.summary.failures*.testIdentifier*.displayName
    }

    def 'the TCK fails a plugin whose write tool sends the order during a dry run'() {
        when:
        def failed = failedFeatures(DryRunIgnoringContract)

        then: 'the host refused the send, and the contract reports it'
        failed.contains('every example call answers within its declared output type, and dry runs send no write')
    }

    def 'while a dry run is active the upstream client refuses a write and still sends reads'() {
        given:
        def guard = new DryRunGuard()
        def transport = Mock(io.cerbero.mcp.core.upstream.HttpTransport)
        def client = new ResilientUpstreamClient('t', URI.create('http://127.0.0.1:9'), transport,
                Upstream.UpstreamLimits.perSecond(10), Clock.systemUTC(), guard)

        when:
        guard.during { client.sendAsync(UpstreamRequest.postJson('/order', '{}')).join() }

        then:
        def e = thrown(java.util.concurrent.CompletionException)
        (e.cause as ToolException).code() == ErrorCode.UNHANDLED_EXCEPTION
        e.cause.message.contains('dry run: the gateway refused to send POST /order')
        0 * transport.exchangeAsync(*_)

        when:
        guard.during { client.sendAsync(UpstreamRequest.get('/ticker', '')) }

        then:
        1 * transport.exchangeAsync(*_) >> new java.util.concurrent.CompletableFuture()
    }

    def 'outside a dry run the same write is sent'() {
        given:
        def transport = Mock(io.cerbero.mcp.core.upstream.HttpTransport)
        def client = new ResilientUpstreamClient('t', URI.create('http://127.0.0.1:9'), transport,
                Upstream.UpstreamLimits.perSecond(10), Clock.systemUTC(), new DryRunGuard())

        when:
        client.sendAsync(UpstreamRequest.postJson('/order', '{}'))

        then:
        1 * transport.exchangeAsync(*_) >> new java.util.concurrent.CompletableFuture()
    }
}
