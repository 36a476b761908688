package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.LocalLitNetwork;

/** A whole number in a range, in decimal. */
abstract class RangeConverter extends OptionConverter<Integer> {
    private final int min;
    private final int max;
    private final String what;

    RangeConverter(int min, int max, String what) {
        this.min = min;
        this.max = max;
        this.what = what;
    }

    @Override
    final Integer parse(String text) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw outOfRange(text);
        }
        if (value < min || value > max) {
            throw outOfRange(text);
        }
        return value;
    }

    private InvalidInputException outOfRange(String text) {
        return new InvalidInputException(
                what, "expected " + what + " from " + min + " to " + max + ", got \"" + Bounded.text(text) + "\"");
    }

    /** How many nodes a local network has. */
    static final class NodeCount extends RangeConverter {
        NodeCount() {
            super(1, LocalLitNetwork.Builder.MAX_NODES, "a node count");
        }
    }

    /** A TCP port. */
    static final class Port extends RangeConverter {
        Port() {
            super(1, 65535, "a port");
        }
    }
}
