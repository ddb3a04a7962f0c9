package io.cerbero.mcp.core.tck

import io.cerbero.mcp.testplugin.leaky.LeakyPlugin
import org.junit.platform.engine.TestExecutionResult
import org.junit.platform.launcher.TestExecutionListener
import org.junit.platform.launcher.TestIdentifier
import org.junit.platform.launcher.core.LauncherFactory
import spock.lang.Shared
import spock.lang.Specification

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request

/**
 * The kit must be able to fail: run against {@link LeakyPlugin} (it leaks its key in an error, crashes in a tool and
 * fails its routing probe), the features that guard those rules go red, and say why.
 */
class ContractGoesRedSpec extends Specification {

    /** Failed feature display name -> the text a developer reads in the test output. */
    @Shared Map<String, String> failures = [:]
    @Shared List<String> passed = []

    def setupSpec() {
        def listener = new TestExecutionListener() {
            @Override
            void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (!id.test) {
                    return
                }
                if (result.status == TestExecutionResult.Status.FAILED) {
                    Throwable t = result.throwable.orElse(null)
                    StringWriter out = new StringWriter()
                    t?.printStackTrace(new PrintWriter(out))
                    failures[id.displayName] = out.toString()
                } else if (result.status == TestExecutionResult.Status.SUCCESSFUL) {
                    passed << id.displayName
                }
            }
        }
        LauncherFactory.create().execute(request().selectors(selectClass(LeakingPluginContract)).build(), listener)
    }

    def 'a secret in an error message turns the secrets check red, naming the variable but not the value'() {
        when:
        def text = failures['secrets never appear in toString, results, errors or audit records']

        then:
        text != null
        text.contains("LEAKY_API_KEY's value appears in set_mode error")
        !text.contains(LeakingPluginContract.KEY)
    }

    def 'a tool that crashes with a plain exception fails the secrets check instead of being swallowed'() {
        when:
        def text = failures['secrets never appear in toString, results, errors or audit records']

        then:
        text.contains('get_status failed: UNHANDLED_EXCEPTION: internal error in leaky/get_status')
    }

    def 'when the routing probe fails, the test output carries its error code and message'() {
        when:
        def text = failures['a testnet token reaches only the testnet URL and a mainnet token only the live URL']

        then:
        text != null
        text.contains('get_price failed: UPSTREAM_ERROR: ' + LeakyPlugin.MAINTENANCE)
    }

    def 'the checks the plugin does not break still pass, so red means a broken rule and not a broken kit'() {
        expect:
        passed.containsAll(['the plugin is found by ServiceLoader exactly once',
                            'malformed input gets INVALID_INPUT and never reaches the venue'])
    }
}
