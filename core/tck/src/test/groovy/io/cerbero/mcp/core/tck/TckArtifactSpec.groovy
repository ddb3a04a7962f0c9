package io.cerbero.mcp.core.tck

import io.cerbero.mcp.core.spi.Spi
import io.cerbero.mcp.core.testing.ExchangePluginContract
import spock.lang.Specification

import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory
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
        def pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of('pom.xml').toFile())
        def xpath = XPathFactory.newInstance().newXPath()
        def nodes = xpath.evaluate('/project/dependencies/dependency', pom, XPathConstants.NODESET)
        Map<String, String> scopes = (0..<nodes.length).collectEntries { i ->
            def node = nodes.item(i)
            [(xpath.evaluate('artifactId', node) + ':' + xpath.evaluate('type', node)): xpath.evaluate('scope', node)]
        }

        expect:
        ['spock-core', 'groovy', 'wiremock-standalone', 'json-schema-validator', 'cerbero-core'].every {
            scopes[it + ':'] in ['', 'compile']
        }
    }

    def 'the outside-plugin example builds against this SPI version and this release of the BOM'() {
        given:
        def pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of('..', '..', 'examples', 'outside-plugin', 'pom.xml').toFile())
        def xpath = XPathFactory.newInstance().newXPath()
        def ours = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of('pom.xml').toFile())

        expect:
        xpath.evaluate('/project/properties/cerbero.spi.version', pom) == String.valueOf(Spi.VERSION)
        xpath.evaluate('/project/properties/cerbero.version', pom) == xpath.evaluate('/project/parent/version', ours)
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
