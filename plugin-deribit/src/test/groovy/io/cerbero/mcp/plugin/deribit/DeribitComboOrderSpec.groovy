package io.cerbero.mcp.plugin.deribit

import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.plugin.deribit.tools.DeribitPlaceComboOrderTool
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** place_combo_order: the cap before the combo exists, create_combo then the order, each once; dry run shows both. */
class DeribitComboOrderSpec extends Specification {
    static final String SPREAD = '"legs":[{"symbol":"BTC-31JAN25-95000-C","side":"buy"},' +
            '{"symbol":"BTC-31JAN25-100000-C","side":"sell"}]'

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        venue.orderPrerequisites()
        venue.get('public/ticker', 'ticker_option_call', [instrument_name: 'BTC-31JAN25-95000-C'])
    }

    def call(String body) {
        h.call(Environment.TESTNET, 'deribit', 'place_combo_order', body).body()
    }

    def 'a combo is created, then its id is ordered through the pipeline, rounded to the legs\' coarsest grid'() {
        given:
        venue.post('private/create_combo', 'create_combo')
        venue.post('private/buy', 'buy')

        when:
        def r = call('{' + SPREAD + ',"side":"buy","qty":"1.05","type":"limit","price":"0.02031",' +
                '"client_order_id":"spread-1"}')
        def create = (new JsonSlurper().parseText(venue.calls('private/create_combo')[0].request.bodyAsString) as Map).params

        then:
        create.trades == [[instrument_name: 'BTC-31JAN25-95000-C', direction: 'buy', amount: '1'],
                          [instrument_name: 'BTC-31JAN25-100000-C', direction: 'sell', amount: '1']]
        r.path('combo').path('id').asText() == 'BTC-CS-31JAN25-95000_100000'
        r.path('order').path('status').asText() == 'accepted'
        venue.writes()*.request*.url == ['/private/create_combo', '/private/buy']
        venue.lastWriteParams() == [instrument_name: 'BTC-CS-31JAN25-95000_100000', amount: 1, type: 'limit',
                                    price          : 0.0203, label: 'spread-1']
    }

    def 'a combo over the leverage cap is refused before the combo is even created'() {
        when: 'each unit counts both legs delta-equivalent: 200 × (0.31245 + 0.31245) × 95480.12 > 3 × 177235.18'
        call('{' + SPREAD + ',"side":"buy","qty":"200","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.writes().isEmpty()
    }

    def 'a combo dry run returns the create_combo request and the order request, and sends neither'() {
        when:
        def r = call('{' + SPREAD + ',"side":"buy","qty":"1","type":"limit","price":"0.02","dry_run":true}')

        then:
        r.path('combo_request').path('path').asText() == '/private/create_combo'
        r.path('combo_request').path('headers').path('Authorization').asText() == '***'
        r.path('order').path('status').asText() == 'dry_run'
        r.path('order').path('request').path('body').asText().contains(DeribitPlaceComboOrderTool.PENDING_ID)
        venue.writes().isEmpty()
    }
}
