package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every package of every module's main code has a {@code package-info.java} that says in javadoc what the
 * package holds and declares its nullness with JSpecify's {@code @NullMarked}.
 */
class PackageInfoTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyMainPackageHasADocumentedNullMarkedPackageInfo() {
        List<Path> packages = mainPackages(ROOT);
        assertTrue(packages.size() > 40, "found only " + packages.size() + " main packages under " + ROOT);
        assertEquals(List.of(), problems(ROOT, packages));
    }

    @Test
    void aPackageWithoutOneOrWithoutJavadocOrNullMarkedIsNamed(@TempDir Path root) throws IOException {
        Path main = root.resolve("lit-x/src/main/java/dev/x");
        Files.createDirectories(main.resolve("a"));
        Files.createDirectories(main.resolve("b"));
        Files.createDirectories(main.resolve("c"));
        Files.createDirectories(main.resolve("d"));
        for (String p : List.of("a", "b", "c", "d")) {
            Files.writeString(main.resolve(p).resolve("Type.java"), "package dev.x." + p + ";\n");
        }
        Files.writeString(main.resolve("b/package-info.java"), "@NullMarked\npackage dev.x.b;\n");
        Files.writeString(main.resolve("c/package-info.java"), "/** What c holds. */\npackage dev.x.c;\n");
        Files.writeString(
                main.resolve("d/package-info.java"),
                "/** What d holds. */\n@NullMarked\npackage dev.x.d;\n\nimport org.jspecify.annotations.NullMarked;\n");
        assertEquals(
                List.of(
                        "lit-x/src/main/java/dev/x/a: no package-info.java",
                        "lit-x/src/main/java/dev/x/b/package-info.java: no javadoc before the package declaration",
                        "lit-x/src/main/java/dev/x/c/package-info.java: not annotated @NullMarked"),
                problems(root, mainPackages(root)));
    }

    /** The directories under {@code <module>/src/main/java} that hold a Java type. */
    private static List<Path> mainPackages(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> packages = new ArrayList<>();
            for (Path main : modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                            .map(Path::getParent)
                            .distinct()
                            .forEach(packages::add);
                }
            }
            return packages.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(Path root, List<Path> packages) {
        List<String> problems = new ArrayList<>();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info)) {
                problems.add(root.relativize(dir) + ": no package-info.java");
                continue;
            }
            String text = read(info);
            int declaration = text.indexOf("\npackage ");
            String head = declaration < 0 ? text : text.substring(0, declaration);
            if (!head.stripLeading().startsWith("/**")) {
                problems.add(root.relativize(info) + ": no javadoc before the package declaration");
            } else if (!head.contains("\n@NullMarked")
                    || !text.contains("import org.jspecify.annotations.NullMarked;")) {
                problems.add(root.relativize(info) + ": not annotated @NullMarked");
            }
        }
        return problems;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
