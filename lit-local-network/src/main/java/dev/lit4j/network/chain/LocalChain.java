package dev.lit4j.network.chain;

import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.keys.SeedSequence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake Ethereum chain every node of a local network reads: block hashes with timestamps, used as
 * SIWE nonces ({@code latestBlockhash} in the handshake) and looked up by {@code sign_session_key}, and the
 * account and token state access control conditions check ({@link #ledger()}).
 *
 * <p>A block is mined at construction and on each {@link #mine()}, stamped with the clock's time
 * (whole seconds); its hash comes from the network's seed, so a seeded network has the same hashes.
 * Thread-safe.
 */
public final class LocalChain {
    /** How old a block may be and still be accepted as a nonce (client spec §7.5 step 6). */
    public static final Duration MAX_NONCE_AGE = Duration.ofDays(30);

    private static final String FETCH_FAILED = "Error fetching block from hash";

    private final SeedSequence seeds;
    private final Clock clock;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Block> byHash = new ConcurrentHashMap<>();
    private final ChainLedger ledger = new ChainLedger();
    private volatile Block latest;

    /** A chain whose first block is mined now. */
    public LocalChain(SeedSequence seeds, Clock clock) {
        this.seeds = seeds;
        this.clock = clock;
        mine();
    }

    /** Mines a new block at the clock's current time and makes it the latest. */
    public synchronized Block mine() {
        long number = blocks.size();
        Block block = new Block(
                number,
                Hex.encode0x(seeds.bytes32("block", number)),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        blocks.add(block);
        byHash.put(block.hash(), block);
        latest = block;
        return block;
    }

    /** The balances and token ownership access control conditions read; a test sets them up. */
    public ChainLedger ledger() {
        return ledger;
    }

    /** The newest block. */
    public Block latest() {
        return latest;
    }

    /** The newest block's hash, as the handshake's {@code latestBlockhash}. */
    public String latestBlockhash() {
        return latest.hash();
    }

    /** Every block, oldest first. */
    public synchronized List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /**
     * The block with hash {@code hash}: {@code 0x} optional, any letter case, as a node parses an H256.
     * Empty if the text is not a block hash of this chain.
     */
    public Optional<Block> find(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        String digits = hash.startsWith("0x") || hash.startsWith("0X") ? hash.substring(2) : hash;
        return Optional.ofNullable(byHash.get("0x" + digits.toLowerCase(Locale.ROOT)));
    }

    /**
     * The block a SIWE nonce names, as a Datil node's {@code sign_session_key} requires it (node spec §3.4
     * step 9): a block of this chain, at most {@link #MAX_NONCE_AGE} old by the clock.
     *
     * @throws LitNodeError {@code NodeInvalidBlockhash} (HTTP 502) if no block has this hash, or
     *     {@code NodeSIWEMessageError} (HTTP 400, kind {@code Validation}) if the block is too old; both with
     *     the details {@code ["Error fetching block from hash", <reason>]}
     */
    public Block requireNonceBlock(String hash) {
        Block block = find(hash)
                .orElseThrow(() -> LitNodeError.of(
                        NodeErrorCode.NODE_INVALID_BLOCKHASH,
                        FETCH_FAILED,
                        "Invalid block hash: no block with hash \"" + hash + "\" on this chain"));
        Instant oldestValid = clock.instant().minus(MAX_NONCE_AGE);
        if (block.timestamp().isBefore(oldestValid)) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                            FETCH_FAILED,
                            "Blocktime "
                                    + block.timestamp() + " of block " + block.hash()
                                    + " is beyond the max expiry timestamp of "
                                    + oldestValid)
                    .withKind(ErrorKind.VALIDATION);
        }
        return block;
    }

    @Override
    public String toString() {
        return "LocalChain[latest=" + latest + "]";
    }
}
