package dev.lit4j.network;

/**
 * The {@code shareId} of a Naga node's BLS share answers (node spec §3.7): its peer id as hex with the leading
 * zeros trimmed.
 */
final class NagaShareId {
    private NagaShareId() {}

    /** Node {@code node}'s {@code shareId}. */
    static String of(NodeContext node) {
        String trimmed = node.peerId().replaceFirst("^0+", "");
        return trimmed.isEmpty() ? "0" : trimmed;
    }
}
