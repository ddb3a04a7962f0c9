package io.cerbero.mcp.core.testing

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.node.ObjectNode
import com.github.tomakehurst.wiremock.WireMockServer
import com.networknt.schema.InputFormat
import com.networknt.schema.SchemaRegistry
import com.networknt.schema.SpecificationVersion
import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.config.ResolvedPluginConfig
import io.cerbero.mcp.core.invoke.InvocationResult
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.model.UnifiedTool
import io.cerbero.mcp.core.registry.DiscoveredPlugin
import io.cerbero.mcp.core.registry.PluginClassLoader
import io.cerbero.mcp.core.registry.PluginRegistry
import io.cerbero.mcp.core.schema.ToolSchemas
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.any
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl

/**
 * The plugin contract test kit. Every plugin module has one spec extending this with its plugin, fake
 * credentials and a routing probe; the kit then checks what every plugin must guarantee. WireMock stands in for
 * the venue on two ports, one per environment.
 */
abstract class ExchangePluginContract extends Specification {

    /** One stub server per environment; stubConfig points every upstream of the plugin at them. */
    @Shared VenuePair venues = new VenuePair(venuePrefix())

    /** Names the stub pair; a plugin with an empty config prefix (macro, sentiment) is named after itself. */
    String venuePrefix() {
        String prefix = newPlugin().configPrefix().replaceAll('_$', '')
        prefix ?: newPlugin().name().toUpperCase(Locale.ROOT).replace('-', '_')
    }

    /** Where a testnet call lands: the testnet stub, or the live one when every upstream is shared (no testnet). */
    WireMockServer getTestnetTarget() {
        newPlugin().upstreams().every { !it.perEnvironment } ? live : testnet
    }
    @Shared ObjectMapper json = JsonMappers.create()

    /**
     * A fresh instance of the plugin under test: by default the one plugin registered in {@code META-INF/services}
     * on the test classpath (the module's own); override only when the classpath holds several.
     */
    ExchangePlugin newPlugin() { PluginUnderTest.instantiate(getClass().classLoader) }

    /** Credentials with recognisable fake values; none of these values may ever leak. */
    abstract Map<String, String> credentials()

    /** A READ call that must reach the venue: [tool: 'get_ticker', body: '{"symbol":"BTCUSDT"}']. */
    abstract Map<String, String> routingProbe()

    /** What the stub venue answers to any request during routing checks (in the venue's format). */
    abstract String routingStubBody()

    /**
     * Tools that crash by design, excused from the kit's "no unexpected exception" checks. Only for the host's own
     * test plugin (its {@code explode} tool); a real plugin has none.
     */
    Set<String> toolsThatFailOnPurpose() { [] as Set }

    /**
     * The tools the host's market-data cache may serve (those that declare {@link Tool#freshness()}), listed by the
     * plugin so that a tool starting or stopping to be cached by accident turns the kit red; {@code null} (the
     * default) leaves the set unchecked.
     */
    Set<String> cachedTools() { null }

    /** Unified tools that answer for one account: never cached, whatever a plugin declares. */
    static final Set<String> ACCOUNT_TOOLS = ['get_account_summary', 'get_positions', 'get_open_orders'] as Set

    /**
     * Jars the plugin ships besides its own classes, for the isolation check: the plugin kit and its libraries when
     * the plugin uses them (found on the classpath); a plugin with libraries of its own adds them to this list.
     */
    List<URL> pluginLibraries() { PluginUnderTest.kitLibraries(getClass().classLoader) }

    WireMockServer getTestnet() { venues.testnet }

    WireMockServer getLive() { venues.live }

    def setupSpec() {
        venues.start()
    }

    def cleanupSpec() {
        venues.stop()
    }

    def setup() {
        venues.reset()
        [testnet, live].each {
            it.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader('Content-Type', 'application/json').withBody(routingStubBody())))
        }
    }

    /** Both environments' URLs of every upstream point at the two stubs; shared upstreams at the live one. */
    Map<String, String> stubConfig(ExchangePlugin plugin = newPlugin()) {
        Map<String, String> config = new HashMap<>(credentials())
        for (Upstream upstream : plugin.upstreams()) {
            if (upstream.perEnvironment) {
                config[plugin.configPrefix() + upstream.urlKey() + '_TESTNET'] = testnet.baseUrl()
                config[plugin.configPrefix() + upstream.urlKey() + '_LIVE'] = live.baseUrl()
            } else {
                config[plugin.configPrefix() + upstream.urlKey()] = live.baseUrl()
            }
        }
        config
    }

    PluginHarness harness(ExchangePlugin plugin = newPlugin(), ClassLoader loader = plugin.class.classLoader) {
        new PluginHarness(plugin, stubConfig(plugin), java.time.Clock.fixed(PluginHarness.NOW, java.time.ZoneOffset.UTC), loader)
    }

    /**
     * Calls a tool that must succeed; when it fails, the test fails with the tool, the error code, the message, the
     * suggested fix and the details, and the ToolException (with its cause) as the assertion's cause.
     */
    static InvocationResult expectSuccess(PluginHarness h, Environment env, String plugin, String tool, String body) {
        try {
            h.call(env, plugin, tool, body)
        } catch (ToolException e) {
            throw new AssertionError(failureText(tool, e), e)
        }
    }

    /** {@code get_ticker failed: UPSTREAM_ERROR: venue down (fix: …) details {…}}: what a failing check shows. */
    static String failureText(String tool, ToolException e) {
        "${tool} failed: ${e.code()}: ${e.message}" + e.suggestedFix().map { " (fix: ${it})" }.orElse('') +
                (e.details().isEmpty() ? '' : " details ${e.details()}") +
                (e.cause == null ? '' : " caused by ${e.cause}")
    }

    /** Marks of Java leaking into a caller's message: class or package names, Jackson phrases. */
    static final List<String> JAVA_IN_MESSAGES = ['java.', 'javax.', 'io.cerbero', 'com.fasterxml', 'Cannot deserialize',
                                                  'Cannot construct', 'Exception', '`']

    def 'the plugin is found by ServiceLoader exactly once'() {
        when:
        def found = ServiceLoader.load(ExchangePlugin, newPlugin().class.classLoader)
                .findAll { it.class == newPlugin().class }

        then:
        found.size() == 1
    }

    def 'the registry accepts the plugin: valid names, unique snake_case tools, record inputs, dry_run on writes'() {
        when:
        def registry = PluginRegistry.of([new DiscoveredPlugin(newPlugin(), 'tck', newPlugin().class.classLoader)])

        then:
        registry.plugins().size() == 1
        registry.plugins()[0].tools().every { it.name() ==~ /[a-z][a-z0-9]*(_[a-z0-9]+)*/ }
    }

    def 'tools that change venue state are declared WRITE'() {
        expect:
        newPlugin().tools().findAll { it.name() ==~ /(place|cancel|amend|edit|set|close|transfer|withdraw|replace)_.*/ }
                .every { it.effect() == Effect.WRITE }
    }

    def 'every tool input yields a JSON schema, and its example round-trips and validates against it'() {
        given:
        def schemas = new ToolSchemas(json)
        def validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)

        expect:
        newPlugin().tools().each { Tool tool ->
            ObjectNode schema = schemas.resolve(tool.inputType()).toJsonSchema()
            assert schema.path('type').asText() == 'object' || schema.has('properties') || tool.inputType().recordComponents.length == 0
            JsonNode example = json.valueToTree(tool.example())
            assert json.treeToValue(example, tool.inputType()) == tool.example(): "${tool.name()} example does not round-trip"
            def errors = validator.getSchema(schema.toString(), InputFormat.JSON).validate(example)
            assert errors.isEmpty(): "${tool.name()} example violates its schema: ${errors*.message}"
        }
    }

    def 'malformed input gets INVALID_INPUT and never reaches the venue'() {
        given:
        def h = harness()
        int calls = 0

        when:
        newPlugin().tools().each { Tool tool ->
            hostileBodies(tool).each { String body ->
                calls++
                try {
                    h.call(Environment.TESTNET, newPlugin().name(), tool.name(), body)
                    assert false: "${tool.name()} accepted hostile body ${body.take(80)}"
                } catch (ToolException e) {
                    assert e.code() == ErrorCode.INVALID_INPUT: "${tool.name()} ${body.take(80)} gave ${e.code()}: ${e.message}"
                    String said = e.message + ' ' + e.suggestedFix().orElse('')
                    assert !JAVA_IN_MESSAGES.any { said.contains(it) }: "${tool.name()} ${body.take(80)} answered in Java terms: ${said}"
                }
            }
        }

        then:
        calls > 0
        testnet.allServeEvents.isEmpty()
        live.allServeEvents.isEmpty()

        cleanup:
        h?.close()
    }

    def 'a testnet token reaches only the testnet URL and a mainnet token only the live URL'() {
        given:
        def h = harness()
        def probe = routingProbe()

        when:
        expectSuccess(h, Environment.TESTNET, newPlugin().name(), probe.tool, probe.body)

        then: 'the testnet stub was called (or the one shared host, for a plugin without a testnet)'
        !testnetTarget.allServeEvents.isEmpty()
        testnetTarget.is(live) || live.allServeEvents.isEmpty()

        when:
        venues.resetRequests()
        expectSuccess(h, Environment.MAINNET, newPlugin().name(), probe.tool, probe.body)

        then:
        !live.allServeEvents.isEmpty()
        testnet.allServeEvents.isEmpty()

        cleanup:
        h?.close()
    }

    def 'a testnet URL that points at the live host is refused, not used'() {
        given:
        def plugin = newPlugin()
        def perEnvironment = plugin.upstreams().findAll { it.perEnvironment }
        def config = stubConfig(plugin)
        perEnvironment.each { config[plugin.configPrefix() + it.urlKey() + '_TESTNET'] = live.baseUrl() }
        def h = new PluginHarness(plugin, config)
        def probe = routingProbe()

        when:
        Throwable failure = null
        try {
            h.call(Environment.TESTNET, plugin.name(), probe.tool, probe.body)
        } catch (ToolException e) {
            failure = e
        }

        then:
        perEnvironment.isEmpty() || (failure?.code() == ErrorCode.NOT_CONFIGURED && live.allServeEvents.isEmpty())

        cleanup:
        h?.close()
    }

    def 'secrets never appear in toString, results, errors or audit records'() {
        given:
        def plugin = newPlugin()
        def h = harness(plugin)
        def registered = h.registry().plugins()[0]
        def secretKeys = plugin.configKeys().findAll { it.secret() }
        // variable -> fake value, for every credential that feeds a secret key (P_K, P_K_TESTNET, P_K_LIVE)
        Map<String, String> secrets = credentials().findAll { k, v ->
            secretKeys.any { plugin.configPrefix() + it.name() == k || k.startsWith(plugin.configPrefix() + it.name() + '_') }
        }
        Map<String, String> seen = [:]
        List<String> crashes = []

        when: 'everything a caller, an operator or a log can see is collected, calling every tool with its example'
        Environment.values().each { env ->
            seen["${env} session toString"] = h.sessions().session(registered, env).toString()
            seen["${env} config toString"] = ResolvedPluginConfig.resolve(plugin.configPrefix(), plugin.configKeys(), env,
                    ConfigSource.of(stubConfig(plugin))).toString()
        }
        seen['plugin toString'] = plugin.toString()
        plugin.tools().each { Tool tool ->
            ObjectNode body = json.valueToTree(tool.example())
            if (tool.effect() == Effect.WRITE) {
                body.put('dry_run', true)
            }
            try {
                seen["${tool.name()} result"] = h.call(Environment.TESTNET, plugin.name(), tool.name(), body.toString()).body().toString()
            } catch (ToolException e) {
                // a mapped error is a fine answer to the canned stub; what it says is checked below
                seen["${tool.name()} error"] = [e.toString(), String.valueOf(e.details()), e.suggestedFix().orElse('')].join(' ')
                if (e.code() == ErrorCode.UNHANDLED_EXCEPTION && !(tool.name() in toolsThatFailOnPurpose())) {
                    crashes << failureText(tool.name(), e)
                }
            }
        }
        h.audit().events().eachWithIndex { event, i -> seen["audit record ${i}"] = json.writeValueAsString(event) }
        def leaks = secrets.collectMany { variable, value ->
            seen.findAll { where, text -> text.contains(value) }.collect { where, text -> "${variable}'s value appears in ${where}".toString() }
        }

        then: 'a plugin with secret keys gets credentials to protect; a keyless plugin has nothing to leak'
        secretKeys.isEmpty() || !secrets.isEmpty()

        and: 'no tool crashed (an unexpected exception fails this check, never swallowed) and nothing leaked'
        verifyAll {
            crashes.isEmpty()
            leaks.isEmpty()
        }

        cleanup:
        h?.close()
    }

    def 'every WRITE tool is audited before and after, and its dry run sends no write'() {
        given:
        def plugin = newPlugin()
        def h = harness(plugin)

        when: 'each WRITE tool (a read-only plugin has none) is called as a dry run'
        plugin.tools().findAll { it.effect() == Effect.WRITE }.each { Tool tool ->
            h.audit().clear()
            ObjectNode body = json.valueToTree(tool.example())
            body.put('dry_run', true)
            try {
                h.call(Environment.TESTNET, plugin.name(), tool.name(), body.toString())
            } catch (ToolException ignored) {
                // the outcome is audited either way
            }
            def phases = h.audit().events().findAll { it.tool() == tool.name() }*.phase()*.name()
            assert phases == ['ATTEMPT', 'OUTCOME']: "${tool.name()} audit phases: ${phases}"
        }

        then: 'each left an ATTEMPT and an OUTCOME record (asserted per tool above)'
        noExceptionThrown()

        cleanup:
        h?.close()
    }

    def 'the plugin loads and works through an isolated plugin class loader'() {
        given:
        def plugin = newPlugin()
        URL classes = plugin.class.protectionDomain.codeSource.location
        def loader = new PluginClassLoader('tck:' + plugin.name(), ([classes] + pluginLibraries()) as URL[],
                ExchangePluginContract.classLoader)

        when:
        def isolated = ServiceLoader.load(ExchangePlugin, loader).findAll { it.name() == plugin.name() }

        then:
        isolated.size() == 1
        isolated[0].class.classLoader.is(loader)
        !isolated[0].class.is(plugin.class)
        ExchangePlugin.isAssignableFrom(isolated[0].class)

        when: 'the host framework and test libraries are looked up from inside the plugin'
        loader.loadClass('spock.lang.Specification')

        then:
        thrown(ClassNotFoundException)

        when:
        def h = harness(isolated[0], loader)
        def probe = routingProbe()
        expectSuccess(h, Environment.TESTNET, plugin.name(), probe.tool, probe.body)

        then:
        !testnetTarget.allServeEvents.isEmpty()

        cleanup:
        h?.close()
        loader?.close()
    }

    /**
     * Whether a request the stub received only reads (allowed during a dry run). GET by default; a venue that
     * reads with POST (Hyperliquid's {@code /info}, a JSON-RPC public method) overrides this.
     */
    boolean isReadRequest(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        request.method.value() == 'GET'
    }

    def 'every tool declares a typed output record'() {
        expect:
        newPlugin().tools().each { Tool tool ->
            assert tool.outputType() != null: "${tool.name()} declares no output type (override outputType())"
            assert tool.outputType().isRecord(): "${tool.name()} output ${tool.outputType().name} is not a record"
        }
    }

    def 'a tool with a unified name takes the uniform inputs and answers with the unified type'() {
        given:
        def schemas = new ToolSchemas(json)

        expect:
        newPlugin().tools().each { Tool tool ->
            UnifiedTool.byName(tool.name()).ifPresent { unified ->
                assert tool.outputType() == unified.outputType():
                        "${tool.name()} must answer with ${unified.outputType().simpleName}, declares ${tool.outputType()?.simpleName}"
                def properties = schemas.resolve(tool.inputType()).toJsonSchema().path('properties')
                unified.inputProperties().each { String name ->
                    assert properties.has(name): "${tool.name()} input lacks the uniform property '${name}'"
                }
            }
        }
    }

    @Requires({ instance.cachedTools() != null })
    def 'the tools that declare freshness are exactly the ones the plugin lists as cached'() {
        expect:
        newPlugin().tools().findAll { it.freshness().present }*.name() as Set == cachedTools()
    }

    def "no WRITE tool and no account tool declares freshness: one bot's balances, positions or orders are not another's"() {
        when:
        def cachedAnyway = newPlugin().tools()
                .findAll { (it.effect() == Effect.WRITE || it.name() in ACCOUNT_TOOLS) && it.freshness().present }

        then:
        cachedAnyway*.name() == []
    }

    def 'every declared freshness is between 100 ms and a day, and its stale allowance at most a day'() {
        when:
        def outOfBounds = newPlugin().tools().findAll { it.freshness().present }.findAll { tool ->
            def freshness = tool.freshness().get()
            freshness.ttl() < Duration.ofMillis(100) || freshness.ttl() > Duration.ofDays(1)
                    || freshness.maxStale() > Duration.ofDays(1)
        }

        then:
        outOfBounds*.name() == []
    }

    def 'a plugin that places orders declares its risk limits'() {
        given:
        def plugin = newPlugin()

        expect:
        !plugin.tools().any { it.name() == 'place_order' } || plugin.riskLimits().isPresent()
    }

    def 'every example call answers within its declared output type, and dry runs send no write'() {
        given:
        def plugin = newPlugin()
        def h = harness(plugin)
        List<String> refusedWrites = []

        when: 'each tool is called with its example (writes as dry runs) against the canned stub answer'
        plugin.tools().each { Tool tool ->
            ObjectNode body = json.valueToTree(tool.example())
            if (tool.effect() == Effect.WRITE) {
                body.put('dry_run', true)
            }
            try {
                h.call(Environment.TESTNET, plugin.name(), tool.name(), body.toString())
            } catch (ToolException e) {
                // the canned stub body fits few tools: a mapped error is fine, a write the host refused is not
                if (e.message.startsWith('dry run: the gateway refused')) {
                    refusedWrites << "${tool.name()}: ${e.message}"
                }
            }
        }
        def writes = (testnet.allServeEvents + live.allServeEvents)*.request.findAll { !isReadRequest(it) }

        then: 'answers that came back conform (PluginHarness checks each), and no write was sent or attempted'
        refusedWrites.isEmpty()
        writes.isEmpty()

        cleanup:
        h?.close()
    }

    /** Bodies no tool may accept: not objects, broken JSON, unknown fields, hostile nesting, wrong types. */
    List<String> hostileBodies(Tool tool) {
        List<String> bodies = ['[]', '"text"', 'null', '42', '{', '{"a":1}}', '{"__unknown_field__":1}',
                               '{"x":' + '['.repeat(200) + ']'.repeat(200) + '}',
                               '\u0000', '{"qty": NaN}']
        ObjectNode example = json.valueToTree(tool.example())
        example.fieldNames().toList().each { String field ->
            ObjectNode wrong = example.deepCopy()
            wrong.putObject(field).put('nested', true)
            bodies << wrong.toString()
        }
        bodies
    }
}
