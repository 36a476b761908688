package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wire a {@link LocalLitNetwork} speaks: Datil (JS SDK 7.x, plain JSON {@code /v1} routes) or Naga (JS SDK
 * 8.x, lit-peer's end-to-end-encrypted {@code /v2} routes, operations spec §5).
 */
public enum WireProtocol {
    /** Datil: plain JSON, {@code /web/pkp/sign/v1} and friends, capacity credits. */
    DATIL("datil"),
    /** Naga: E2EE {@code /v2} routes, node identity keys, {@code maxPrice} and payment delegation. */
    NAGA("naga");

    private final String wireName;

    WireProtocol(String wireName) {
        this.wireName = wireName;
    }

    /** The protocol's name, as {@code lit4j network start --protocol} takes it: {@code datil} or {@code naga}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The protocol named {@code name} ({@link #wireName()}, any letter case).
     *
     * @throws InvalidInputException naming {@code field} and the valid names if there is none
     */
    public static WireProtocol parse(String field, String name) {
        InvalidInputException.requireNonNull(field, name);
        for (WireProtocol protocol : values()) {
            if (protocol.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return protocol;
            }
        }
        throw new InvalidInputException(field, "expected one of " + names() + ", got \"" + name + "\"");
    }

    /** The valid names, e.g. {@code datil, naga}. */
    public static String names() {
        return Arrays.stream(values()).map(WireProtocol::wireName).collect(Collectors.joining(", "));
    }
}
