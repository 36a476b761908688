package dev.lit4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help text that wraps only at spaces. Picocli wraps long text wherever Java's line breaker allows, which
 * includes inside tokens ({@code https:} / {@code //host}, {@code sessions.} / {@code db}); so the texts are
 * wrapped here, at spaces, into lines that fit their column, and picocli gets one line per element.
 */
final class HelpLayout {
    /** picocli's usage width. */
    static final int WIDTH = 80;
    // the description column of the option list: 80 columns less picocli's 29 for the option names, less its
    // 2-column indent of continuation lines
    private static final int OPTION_TEXT_WIDTH = WIDTH - 29 - 2;

    private HelpLayout() {}

    /** Re-wraps the descriptions of {@code command} and its subcommands, and of their options. */
    static void apply(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.usageMessage().description(wrap(spec.usageMessage().description(), WIDTH - 1));
        for (OptionSpec option : List.copyOf(spec.options())) {
            // options of an argument group stay in it: theirs are short texts without long tokens
            if (option.group() == null && option.description().length > 0) {
                spec.remove(option);
                spec.addOption(OptionSpec.builder(option)
                        .description(wrap(option.description(), OPTION_TEXT_WIDTH))
                        .build());
            }
        }
        command.getSubcommands().values().forEach(HelpLayout::apply);
    }

    /** Each paragraph of {@code paragraphs} broken at spaces into lines of at most {@code width} characters. */
    static String[] wrap(String[] paragraphs, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines.toArray(String[]::new);
    }
}
