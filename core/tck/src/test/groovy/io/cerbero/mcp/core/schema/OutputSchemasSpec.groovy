package io.cerbero.mcp.core.schema

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.InputFormat
import com.networknt.schema.SchemaRegistry
import com.networknt.schema.SpecificationVersion
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.model.BookLevel
import io.cerbero.mcp.core.model.OrderAck
import io.cerbero.mcp.core.model.OrderBook
import io.cerbero.mcp.core.model.Position
import io.cerbero.mcp.core.model.PositionSide
import io.cerbero.mcp.core.model.SizeUnit
import io.cerbero.mcp.core.model.Ticker
import io.cerbero.mcp.core.model.UnifiedTool
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.testing.OutputConformance
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

/** Output schemas are derived from the declared output records exactly as input schemas are. */
class OutputSchemasSpec extends Specification {
    @Shared ObjectMapper json = JsonMappers.create()
    @Shared ToolSchemas schemas = new ToolSchemas(json)

    List<String> violations(Class type, Object answer) {
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemas.outputJsonSchema(type).toString(), InputFormat.JSON)
                .validate(json.valueToTree(answer))*.message
    }

    def 'nested records and lists become $defs references with snake_case properties'() {
        when:
        JsonNode schema = schemas.outputJsonSchema(OrderBook)

        then:
        schema.path('properties').has('size_unit')
        schema.path('properties').path('bids').path('type').toString().contains('array')
        schema.path('properties').path('bids').path('items').path('$ref').asText() == '#/$defs/BookLevel'
        schema.path('$defs').path('BookLevel').path('properties').has('price')
    }

    def 'decimals are JSON numbers, instants date-time strings, enums their JSON values'() {
        when:
        JsonNode props = schemas.outputJsonSchema(Position).path('properties')

        then:
        props.path('size').path('type').asText() == 'number'
        props.path('entry_price').path('type').toString() == '["number","null"]'
        schemas.outputJsonSchema(Ticker).path('properties').path('timestamp').path('format').asText() == 'date-time'
        schemas.outputJsonSchema(Position).path('$defs').path('SizeUnit').path('enum')*.asText() == ['base', 'quote', 'contracts'] ||
                props.path('size_unit').toString().contains('contracts')
        props.path('side').toString().contains('long') && props.path('side').toString().contains('short')
    }

    def 'required fields stay required, optional ones also accept null'() {
        when:
        JsonNode schema = schemas.outputJsonSchema(Ticker)

        then:
        schema.path('required')*.asText() as Set == ['symbol', 'size_unit'] as Set
        violations(Ticker, [symbol: 'BTCUSDT', size_unit: 'base', last: 1.5, mark: null]).isEmpty()
        !violations(Ticker, [size_unit: 'base']).isEmpty()
        !violations(Ticker, [symbol: 'BTCUSDT', size_unit: 'base', last: '1.5']).isEmpty()
        !violations(Ticker, [symbol: 'BTCUSDT', size_unit: 'lots']).isEmpty()
    }

    def 'a unified record written by the host mapper validates against its own schema'() {
        given:
        def book = new OrderBook('BTCUSDT', 'USDT', SizeUnit.base, [new BookLevel(100.5, 2)], [], Instant.EPOCH, [u: 7])
        def position = new Position('BTCUSDT', PositionSide.short_, 0.5, SizeUnit.base, 100, null, 50, 'USDT', null,
                null, null, null)

        expect:
        violations(OrderBook, book).isEmpty()
        violations(Position, position).isEmpty()
        json.valueToTree(position).get('side').asText() == 'short'
    }

    def 'every unified tool type yields a schema'() {
        expect:
        UnifiedTool.values().every { schemas.outputJsonSchema(it.outputType()).path('properties').size() > 0 }
        schemas.outputJsonSchema(OrderAck).path('properties').has('leverage')
    }

    def 'the harness conformance check fails a wrong answer and passes a right one'() {
        given:
        def conformance = new OutputConformance(json)
        Tool ticker = new EchoPlugin().tools().find { it.name() == 'get_ticker' }

        expect:
        conformance.violations(ticker, json.readTree('{"symbol":"X","size_unit":"base","last":1}')).isEmpty()

        when: 'the price is a string, as a venue would send it'
        conformance.require('echo', ticker, json.readTree('{"symbol":"X","size_unit":"base","last":"1"}'))

        then:
        def e = thrown(AssertionError)
        e.message.contains('echo/get_ticker answered outside its declared output type Ticker')
    }
}
