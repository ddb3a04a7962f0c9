package io.cerbero.mcp.core.schema

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.InputFormat
import com.networknt.schema.SchemaRegistry
import com.networknt.schema.SpecificationVersion
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.testplugin.EchoPlugin
import io.swagger.v3.oas.annotations.media.Schema
import spock.lang.Shared
import spock.lang.Specification

class ToolSchemasSpec extends Specification {

    @Shared ObjectMapper json = JsonMappers.create()
    @Shared ToolSchemas schemas = new ToolSchemas(json)

    static Class inputOf(String tool) {
        new EchoPlugin().tools().find { it.name() == tool }.inputType()
    }

    JsonNode placeOrder = schemas.resolve(inputOf('submit_order')).toJsonSchema()

    List<String> validate(JsonNode schema, String instance) {
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema.toString(), InputFormat.JSON).validate(instance, InputFormat.JSON)*.message
    }

    def 'the submit_order input schema uses snake_case property names, as the parser does'() {
        expect:
        placeOrder.get('type').asText() == 'object' || placeOrder.get('type').toString().contains('object')
        placeOrder.get('properties').fieldNames().toList() as Set == ['symbol', 'side', 'qty', 'leverage', 'dry_run'] as Set
        !placeOrder.get('properties').has('dryRun')
    }

    def 'fields marked REQUIRED with @Schema are the required ones'() {
        expect:
        placeOrder.get('required')*.asText() as Set == ['symbol', 'side', 'qty'] as Set
    }

    def 'the side enum lists buy and sell'() {
        when:
        JsonNode side = placeOrder.get('properties').get('side')
        JsonNode resolved = side.has('$ref')
                ? placeOrder.get('$defs').get(side.get('$ref').asText().tokenize('/').last()) : side

        then:
        resolved.get('enum')*.asText() == ['buy', 'sell']
    }

    def 'decimals are numbers, the boolean is a boolean, and @Schema examples and descriptions are kept'() {
        given:
        JsonNode props = placeOrder.get('properties')

        expect:
        props.get('qty').toString().contains('"number"')
        props.get('dry_run').toString().contains('"boolean"')
        props.get('symbol').get('example').asText() == 'BTC-PERP'
        props.get('dry_run').get('description').asText() == 'validate and return the request without sending it'
    }

    def 'every echo tool example validates against its own schema'() {
        expect:
        new EchoPlugin().tools().every { tool ->
            def schema = schemas.resolve(tool.inputType()).toJsonSchema()
            validate(schema, json.writeValueAsString(tool.example())).isEmpty()
        }
    }

    def 'an input missing a required field or with a bad enum value fails schema validation'() {
        expect:
        !validate(placeOrder, '{"symbol":"BTC-PERP","qty":1}').isEmpty()
        !validate(placeOrder, '{"symbol":"BTC-PERP","side":"hold","qty":1}').isEmpty()
        validate(placeOrder, '{"symbol":"BTC-PERP","side":"buy","qty":1}').isEmpty()
    }

    def 'nested records are referenced, and toJsonSchema() inlines them under $defs'() {
        when:
        def resolved = schemas.resolve(Combo)
        JsonNode schema = resolved.toJsonSchema()
        String text = schema.toString()

        then: 'the nested record is listed apart from the root'
        resolved.referenced().containsKey('ComboLeg')
        !resolved.referenced().containsKey('Combo')

        and: 'the document is self-contained'
        schema.get('$defs').has('ComboLeg')
        schema.get('$defs').get('ComboLeg').get('properties').has('limit_price')
        text.contains('"#/$defs/ComboLeg"')
        !text.contains('#/components/schemas/')

        and: 'validators can follow the references'
        validate(schema, '{"name":"spread","legs":[{"symbol":"A","limit_price":1.5}],"hedge":{"symbol":"B"}}').isEmpty()
        !validate(schema, '{"name":"spread","legs":[{"symbol":7}]}').isEmpty()
    }

    def 'a record without components still describes a JSON object'() {
        expect:
        schemas.resolve(inputOf('explode')).toJsonSchema().toString().contains('"object"')
    }

    def 'a record without nested types has no $defs'() {
        expect:
        !schemas.resolve(inputOf('get_ticker')).toJsonSchema().has('$defs')
    }
}

record ComboLeg(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol, BigDecimal limitPrice) {}

record Combo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, List<ComboLeg> legs, ComboLeg hedge) {}
