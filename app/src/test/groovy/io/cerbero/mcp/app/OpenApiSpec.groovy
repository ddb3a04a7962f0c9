package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

class OpenApiSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def 'the OpenAPI 3.1 document is built from the registry: a tag per plugin and a POST path per tool'() {
        when:
        def response = gw.get('/openapi.json')
        def doc = gw.read(response)
        def op = doc.paths.get('/mcp-echo/tools/submit_order').post

        then:
        response.statusCode() == 200
        doc.openapi.asText() == '3.1.0'
        doc.tags*.get('name')*.asText().contains('echo')
        op.tags[0].asText() == 'echo'
        op.requestBody.content.get('application/json').schema.get('$ref').asText() == '#/components/schemas/echo.submit_order.input'
        op.requestBody.content.get('application/json').example.dry_run.asBoolean()
        op.parameters[0].get('$ref').asText() == '#/components/parameters/BotTag'
        op.responses.get('422').get('$ref').asText() == '#/components/responses/Error'
        doc.paths.has('/mcp-echo/tools/get_ticker')
        doc.paths.has('/mcp-echo/tools')
    }

    def 'every tool of every built-in plugin documents its 200 answer with a named response schema'() {
        when:
        def doc = gw.read(gw.get('/openapi.json'))
        def bybitTools = doc.paths.fieldNames().toList().findAll { it.startsWith('/mcp-bybit/tools/') }

        then:
        bybitTools.size() >= 15
        bybitTools.every { path ->
            def tool = path.substring('/mcp-bybit/tools/'.length())
            def schema = doc.paths.get(path).post.responses.get('200').content.get('application/json').schema
            schema.get('allOf').get(0).get('$ref').asText() == "#/components/schemas/bybit.${tool}.output" &&
                    doc.components.schemas.has("bybit.${tool}.output".toString()) &&
                    schema.get('allOf').get(1).get('properties').has('request_id')
        }
    }

    def "a unified tool's response schema is the unified record, the same for every venue"() {
        when:
        def doc = gw.read(gw.get('/openapi.json'))
        def echo = doc.components.schemas.get('echo.get_ticker.output')
        def bybit = doc.components.schemas.get('bybit.get_ticker.output')

        then:
        echo.get('properties').has('size_unit') && echo.get('properties').has('last') && echo.get('properties').has('venue_specific')
        bybit.get('properties').fieldNames().toList() == echo.get('properties').fieldNames().toList()
    }

    def "the tool list shows each tool's output schema beside its input schema"() {
        when:
        def tools = gw.read(gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot')).tools

        then:
        tools.find { it.name.asText() == 'get_ticker' }.output_schema.get('properties').has('last')
        tools.every { it.has('input_schema') }
    }

    def 'schemas are named per plugin, with snake_case properties, and the security scheme and error envelope are declared'() {
        when:
        def doc = gw.read(gw.get('/openapi.json'))
        def input = doc.components.schemas.get('echo.submit_order.input')

        then:
        input.get('properties').has('dry_run')
        input.get('properties').has('symbol')
        input.required*.asText().containsAll(['symbol', 'side', 'qty'])
        doc.components.securitySchemes.BearerAuth.scheme.asText() == 'bearer'
        doc.components.parameters.BotTag.name.asText() == 'X-Bot-Tag'
        doc.components.schemas.has('ErrorEnvelope')
        !doc.components.schemas.fieldNames().toList().any { it == 'Input' }
    }

    def 'Swagger UI is served with the expected options and its assets'() {
        when:
        def page = gw.get('/apidocs')
        def bundle = gw.get('/apidocs/assets/swagger-ui-bundle.js')

        then:
        page.statusCode() == 200
        ['persistAuthorization: true', 'displayRequestDuration: true', 'filter: true', 'tryItOutEnabled: true',
         "tagsSorter: 'alpha'", "operationsSorter: 'alpha'", "url: '/openapi.json'"].every { page.body().contains(it) }
        bundle.statusCode() == 200
        bundle.body().contains('SwaggerUIBundle')
    }

    def 'the document never shows a secret'() {
        expect:
        !gw.get('/openapi.json').body().contains(GatewayFixture.ECHO_SECRET)
        !gw.get('/openapi.json').body().contains(GatewayFixture.TESTNET_TOKEN)
    }
}
