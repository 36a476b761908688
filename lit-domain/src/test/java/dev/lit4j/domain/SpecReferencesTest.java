package dev.lit4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the protocol in the repository's code and docs resolves inside the repository:
 * {@code client spec §x.y}, {@code node spec §x.y} and {@code operations spec §x.y} name a section of
 * {@code docs/spec/}, and {@code spec/…} paths name a file there (docs/spec/README.md has the convention).
 */
class SpecReferencesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SPEC = ROOT.resolve("docs/spec");
    private static final Map<String, String> DOCUMENTS = Map.of(
            "client", "lit-client-protocol.md",
            "node", "lit-node-protocol.md",
            "operations", "lit-operations-protocol.md");
    private static final String SECTION = "[0-9A-Z]+(?:\\.[0-9]+)*";
    private static final Pattern CITATION = Pattern.compile(
            "(?:((?i:client|node|operations)) )?spec §(" + SECTION + ")(?:\\s*[–-]\\s*§?(" + SECTION + "))?");
    private static final Pattern SPEC_PATH = Pattern.compile("(?<![\\w/-])spec/((?:vectors/)?[\\w.-]+\\.(?:md|json))");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+ (?:Appendix )?(" + SECTION + ")\\.? ");
    private static final Pattern BOLD_SECTION = Pattern.compile("(?m)^\\*\\*(" + SECTION + ") ");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*(?:\\*|//)?\\s*");

    @Test
    void everyCitedSectionExists() {
        Map<String, Set<String>> sections =
                Map.of("client", sections("client"), "node", sections("node"), "operations", sections("operations"));
        List<String> broken = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            Matcher m = CITATION.matcher(normalised(file));
            while (m.find()) {
                citations++;
                String where = ROOT.relativize(file) + ": \"" + m.group() + "\"";
                if (m.group(1) == null) {
                    broken.add(where + " does not say which spec (client, node or operations)");
                    continue;
                }
                for (String section : new String[] {m.group(2), m.group(3)}) {
                    if (section != null
                            && !sections.get(m.group(1).toLowerCase(Locale.ROOT))
                                    .contains(section)) {
                        broken.add(where + ": no section " + section + " in "
                                + DOCUMENTS.get(m.group(1).toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        assertTrue(citations > 50, "found only " + citations + " citations: is the repository root " + ROOT + "?");
        assertEquals(List.of(), broken);
    }

    @Test
    void everyCitedSpecFileExists() {
        List<String> broken = new ArrayList<>();
        for (Path file : citingFiles()) {
            Matcher m = SPEC_PATH.matcher(normalised(file));
            while (m.find()) {
                if (!Files.isRegularFile(SPEC.resolve(m.group(1)))) {
                    broken.add(ROOT.relativize(file) + ": spec/" + m.group(1));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static Set<String> sections(String spec) {
        String text = read(SPEC.resolve(DOCUMENTS.get(spec)));
        Set<String> ids = new HashSet<>();
        for (Pattern p : List.of(HEADING, BOLD_SECTION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static List<Path> citingFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md"))
                    .filter(f -> !f.startsWith(SPEC))
                    .filter(SpecReferencesTest::isSource)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSource(Path file) {
        for (Path part : ROOT.relativize(file)) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The text with line breaks (and the javadoc or comment marks after them) folded into one space. */
    private static String normalised(Path file) {
        return LINE_BREAK.matcher(read(file)).replaceAll(" ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
