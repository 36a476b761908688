package dev.lit4j.adapters.node;

import java.math.BigInteger;
import java.util.List;

/**
 * Writes a recorded {@code getActiveUnkickedValidatorStructsAndCounts()} answer word by word, as the
 * Solidity ABI lays out {@code (Epoch, uint256, Validator[])}: the static epoch struct's five words
 * inline, {@code minNodeCount}, the offset of the array (7 words = 0xe0), then the array's length and
 * each validator's seven words. No live answer could be captured here (Chronicle Yellowstone is out of
 * reach), so the tests build theirs with this and check it against web3j's encoder.
 */
final class StakingAnswer {
    /**
     * One validator struct.
     *
     * @param ip the IPv4 address as a big-endian uint32
     * @param nodeAddress the node's staking address, 40 hex digits without 0x
     */
    record Validator(long ip, long port, String nodeAddress, long senderPubKey, long receiverPubKey) {}

    private StakingAnswer() {}

    /** The hex return data, {@code 0x}-prefixed. */
    static String encode(StakingEpoch epoch, long minNodeCount, List<Validator> validators) {
        StringBuilder out = new StringBuilder("0x");
        word(out, epoch.epochLength());
        word(out, epoch.number());
        word(out, epoch.endTime());
        word(out, epoch.retries());
        word(out, epoch.timeout());
        word(out, minNodeCount);
        word(out, 7 * 32);
        word(out, validators.size());
        for (Validator v : validators) {
            word(out, v.ip());
            word(out, 0);
            word(out, v.port());
            out.append("0".repeat(24)).append(v.nodeAddress());
            word(out, 0);
            word(out, v.senderPubKey());
            word(out, v.receiverPubKey());
        }
        return out.toString();
    }

    /** {@code a.b.c.d} as the contract's big-endian uint32. */
    static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }

    private static void word(StringBuilder out, long value) {
        String hex = BigInteger.valueOf(value).toString(16);
        out.append("0".repeat(64 - hex.length())).append(hex);
    }
}
