package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks marked "compiled and run by lit-consumer-it" are the code of the consumer project
 * that the build compiles and runs from the installed artifacts: every line of such a block (imports and code,
 * compared without indentation) appears, in order, in {@code ReadmeCompositionsTest}.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String MARK = "<!-- compiled and run by lit-consumer-it: ReadmeCompositionsTest -->";
    private static final Path CONSUMER_TEST =
            ROOT.resolve("lit-consumer-it/src/it/readme/src/test/java/com/example/ReadmeCompositionsTest.java");

    @Test
    void theMarkedBlocksAreTheConsumerProjectsCode() throws IOException {
        List<List<String>> blocks = markedBlocks(Files.readAllLines(ROOT.resolve("README.md")));
        assertEquals(2, blocks.size(), "the builder and the Guice composition");
        List<String> code =
                Files.readAllLines(CONSUMER_TEST).stream().map(String::strip).toList();
        for (List<String> block : blocks) {
            int at = 0;
            for (String line : block) {
                while (at < code.size() && !code.get(at).equals(line)) {
                    at++;
                }
                assertTrue(at < code.size(), "README line not in ReadmeCompositionsTest (in this order): " + line);
                at++;
            }
        }
    }

    private static List<List<String>> markedBlocks(List<String> readme) {
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).equals(MARK)) {
                assertEquals("```java", readme.get(i + 1), "a marked block is a Java block");
                List<String> block = new ArrayList<>();
                for (int j = i + 2; !readme.get(j).equals("```"); j++) {
                    if (!readme.get(j).isBlank()) {
                        block.add(readme.get(j).strip());
                    }
                }
                blocks.add(block);
            }
        }
        return blocks;
    }
}
