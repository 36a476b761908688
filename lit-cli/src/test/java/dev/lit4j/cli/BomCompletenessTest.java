package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code lit-bom} lists every published module of the reactor at {@code ${project.version}} (its own), and nothing
 * else: no third-party artifact, so importing it never changes a user's other versions. A module whose
 * POM sets {@code maven.deploy.skip} (a test of the published artifacts) is not published.
 */
class BomCompletenessTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void listsEveryModuleAtTheProjectVersionAndNothingElse() throws Exception {
        Document parent = parse(ROOT.resolve("pom.xml"));
        Document bom = parse(ROOT.resolve("lit-bom/pom.xml"));
        String version = childText(parent.getDocumentElement(), "version");

        TreeSet<String> modules = new TreeSet<>();
        NodeList moduleNodes = parent.getElementsByTagName("module");
        for (int i = 0; i < moduleNodes.getLength(); i++) {
            String module = moduleNodes.item(i).getTextContent().trim();
            if (!isUnpublished(parse(ROOT.resolve(module).resolve("pom.xml")))) {
                modules.add(module);
            }
        }
        modules.remove("lit-bom");
        assertTrue(modules.size() >= 6, "read the reactor's modules: " + modules);

        TreeSet<String> listed = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String coordinates = childText(dependency, "groupId") + ":" + childText(dependency, "artifactId");
            if (!"dev.lit4j".equals(childText(dependency, "groupId"))) {
                problems.add(coordinates + " is not a Lit4j module");
            } else if (!"${project.version}".equals(childText(dependency, "version"))) {
                problems.add(coordinates + " is at " + childText(dependency, "version") + ", not ${project.version}");
            }
            listed.add(childText(dependency, "artifactId"));
        }
        assertEquals(List.of(), problems);
        assertEquals(modules, listed, "lit-bom/pom.xml must list exactly the reactor's modules");
        assertEquals(version, childText(bom.getDocumentElement(), "version"), "the BOM's own version");
    }

    private static boolean isUnpublished(Document pom) {
        NodeList skips = pom.getElementsByTagName("maven.deploy.skip");
        return skips.getLength() == 1
                && "true".equals(skips.item(0).getTextContent().trim());
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(pom));
    }

    private static String childText(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return "";
    }
}
