package dev.lit4j.cli;

import dev.lit4j.adapters.node.LitNetwork;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.domain.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The Lit network a command talks to, as {@code --network} names it. */
sealed interface NetworkChoice {

    /** An embedded local network of 3 nodes, started for the command and stopped after it. */
    record Local() implements NetworkChoice {}

    /** A Datil network, whose nodes are read from its Staking contract. */
    record Datil(LitNetwork network) implements NetworkChoice {}

    /** The nodes at these URLs (e.g. those {@code lit4j network start} printed). */
    record Nodes(List<String> urls) implements NetworkChoice {
        public Nodes {
            urls = List.copyOf(urls);
        }
    }

    /** Reads {@code --network}: {@code local}, a Datil network's name, or node URLs separated by commas. */
    final class Converter implements ITypeConverter<NetworkChoice> {
        @Override
        public NetworkChoice convert(String value) {
            if (value.equals("local")) {
                return new Local();
            }
            if (value.contains("://")) {
                List<String> urls =
                        Arrays.stream(value.split(",", -1)).map(String::strip).toList();
                try {
                    NodeTransportConfig.custom(urls).build();
                } catch (InvalidInputException e) {
                    throw new TypeConversionException(e.getMessage());
                }
                return new Nodes(urls);
            }
            return Arrays.stream(LitNetwork.values())
                    .filter(network ->
                            network != LitNetwork.CUSTOM && network.wireName().equals(value))
                    .findFirst()
                    .<NetworkChoice>map(Datil::new)
                    .orElseThrow(() -> new TypeConversionException("expected local, datil-dev, datil-test, datil or"
                            + " node URLs separated by commas (e.g. http://127.0.0.1:7470,http://127.0.0.1:7471),"
                            + " got \"" + value + "\""));
        }
    }
}
