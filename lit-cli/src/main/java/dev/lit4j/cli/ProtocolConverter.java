package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.verify.NodeProtocol;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The wire a network speaks, {@code --protocol}: {@code datil} or {@code naga}. */
final class ProtocolConverter extends OptionConverter<NodeProtocol> {
    private static final Map<String, NodeProtocol> BY_NAME = names();

    @Override
    NodeProtocol parse(String text) {
        NodeProtocol protocol = BY_NAME.get(text.toLowerCase(Locale.ROOT));
        if (protocol == null) {
            throw new InvalidInputException(
                    "protocol", "expected one of " + String.join(", ", BY_NAME.keySet()) + ", got \"" + text + "\"");
        }
        return protocol;
    }

    /** The option's name of {@code protocol}, as the network's JSON description says it. */
    static String nameOf(NodeProtocol protocol) {
        return BY_NAME.entrySet().stream()
                .filter(entry -> entry.getValue() == protocol)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private static Map<String, NodeProtocol> names() {
        Map<String, NodeProtocol> names = new LinkedHashMap<>();
        names.put("datil", NodeProtocol.DATIL);
        names.put("naga", NodeProtocol.NAGA);
        return names;
    }
}
