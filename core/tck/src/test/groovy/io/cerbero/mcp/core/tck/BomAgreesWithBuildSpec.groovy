package io.cerbero.mcp.core.tck

import org.w3c.dom.Document
import spock.lang.Specification

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
        def managed = managedDependencies(Poms.parse(BOM)).findAll { it.groupId != 'io.cerbero.mcp' }

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
        def bom = Poms.parse(BOM)
        def ours = managedDependencies(bom).findAll { it.groupId == 'io.cerbero.mcp' }*.artifactId

        expect:
        ours as Set == ['cerbero-spi', 'cerbero-plugin-kit', 'cerbero-tck'] as Set
        Poms.text(bom, '/project/version') == Poms.text(Poms.parse(Path.of('pom.xml')), '/project/parent/version')
        Poms.text(bom, '/project/parent') == ''
    }

    private static List<Map<String, String>> managedDependencies(Document document) {
        Poms.nodes(document, '/project/dependencyManagement/dependencies/dependency').collect { node ->
            [groupId: Poms.text(node, 'groupId'), artifactId: Poms.text(node, 'artifactId'),
             version: Poms.text(node, 'version')]
        }
    }
}
