package io.cerbero.mcp.core.tck

import org.w3c.dom.Document
import org.w3c.dom.Node

import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory
import java.nio.file.Path

/** Reads the build's pom files for the specs that hold published artifacts to the build (JDK XML only). */
final class Poms {
    private Poms() {
    }

    static Document parse(Path pom) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
    }

    /** The trimmed text at {@code path} (an XPath) in a document or below a node; empty when absent. */
    static String text(Object context, String path) {
        XPathFactory.newInstance().newXPath().evaluate(path, context).trim()
    }

    static List<Node> nodes(Document document, String path) {
        def found = XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET)
        (0..<found.length).collect { found.item(it) }
    }
}
