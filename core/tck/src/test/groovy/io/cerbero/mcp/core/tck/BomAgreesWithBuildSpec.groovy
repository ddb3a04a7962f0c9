package io.cerbero.mcp.core.tck

import org.w3c.dom.Document
import spock.lang.Specification

import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory
import java.nio.file.Path

/**
 * The plugin BOM has no parent (an outside author must not inherit the application's Micronaut parent), so its
 * versions are written out by hand; this spec holds them to the versions this build really puts on the classpath.
 */
class BomAgreesWithBuildSpec extends Specification {
    static final Path BOM = Path.of('..', 'bom', 'pom.xml')
    /** An imported BOM is checked through one artifact it pins, named with the version it implies. */
    static final Map<String, Closure<String>> IMPORTED = [
            'jackson-bom': { String v -> "jackson-databind-${v}.jar" },
            'junit-bom'  : { String v -> "junit-platform-launcher-1.${v.substring(2)}.jar" },
    ]

    def 'every library version the BOM pins is the one on the build classpath'() {
        given:
        def jars = System.getProperty('java.class.path').split(File.pathSeparator)
                .collect { Path.of(it).fileName.toString() } as Set
        def managed = managedDependencies(parse(BOM)).findAll { it.groupId != 'io.cerbero.mcp' }

        expect:
        managed.size() >= 10
        managed.each { dependency ->
            String expected = IMPORTED.containsKey(dependency.artifactId)
                    ? IMPORTED[dependency.artifactId](dependency.version)
                    : "${dependency.artifactId}-${dependency.version}.jar"
            assert jars.contains(expected.toString()):
                    "the BOM pins ${dependency.artifactId} ${dependency.version}, the build uses another version"
        }
    }

    def 'the BOM pins the three artifacts a plugin author uses, at the version being built, and has no parent'() {
        given:
        def bom = parse(BOM)
        def ours = managedDependencies(bom).findAll { it.groupId == 'io.cerbero.mcp' }*.artifactId

        expect:
        ours as Set == ['cerbero-spi', 'cerbero-plugin-kit', 'cerbero-tck'] as Set
        text(bom, '/project/version') == text(parse(Path.of('pom.xml')), '/project/parent/version')
        text(bom, '/project/parent') == ''
    }

    private static Document parse(Path pom) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
    }

    private static String text(Document document, String path) {
        XPathFactory.newInstance().newXPath().evaluate(path, document).trim()
    }

    private static List<Map<String, String>> managedDependencies(Document document) {
        def nodes = XPathFactory.newInstance().newXPath().evaluate(
                '/project/dependencyManagement/dependencies/dependency', document, XPathConstants.NODESET)
        (0..<nodes.length).collect { i ->
            def node = nodes.item(i)
            def child = { String name -> XPathFactory.newInstance().newXPath().evaluate(name, node).trim() }
            [groupId: child('groupId'), artifactId: child('artifactId'), version: child('version')]
        }
    }
}
