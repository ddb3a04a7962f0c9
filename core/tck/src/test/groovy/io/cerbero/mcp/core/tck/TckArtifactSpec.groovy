package io.cerbero.mcp.core.tck

import io.cerbero.mcp.core.spi.Spi
import io.cerbero.mcp.core.testing.ExchangePluginContract
import spock.lang.Specification

import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path

/** What an author outside this repository relies on when adding cerbero-tck with test scope. */
class TckArtifactSpec extends Specification {

    def 'the TCK registers no service of its own, so the only plugin an author sees is theirs'() {
        given:
        Path location = Path.of(ExchangePluginContract.protectionDomain.codeSource.location.toURI())

        expect:
        !hasServices(location)
    }

    def 'the test libraries are compile dependencies of the TCK, so one test dependency brings them all'() {
        given:
        Map<String, String> scopes = Poms.nodes(Poms.parse(Path.of('pom.xml')), '/project/dependencies/dependency')
                .collectEntries { node ->
                    [(Poms.text(node, 'artifactId') + ':' + Poms.text(node, 'type')): Poms.text(node, 'scope')]
                }

        expect:
        ['spock-core', 'groovy', 'wiremock-standalone', 'json-schema-validator', 'cerbero-core'].every {
            scopes[it + ':'] in ['', 'compile']
        }
    }

    def 'the outside-plugin example builds against this SPI version and this release of the BOM'() {
        given:
        def example = Poms.parse(Path.of('..', '..', 'examples', 'outside-plugin', 'pom.xml'))
        def ours = Poms.parse(Path.of('pom.xml'))

        expect:
        Poms.text(example, '/project/properties/cerbero.spi.version') == String.valueOf(Spi.VERSION)
        Poms.text(example, '/project/properties/cerbero.version') == Poms.text(ours, '/project/parent/version')
    }

    private static boolean hasServices(Path location) {
        if (Files.isRegularFile(location)) {
            try (def jar = FileSystems.newFileSystem(location)) {
                return Files.exists(jar.getPath('/META-INF/services'))
            }
        }
        Files.exists(location.resolve('META-INF/services'))
    }
}
