package dev.lit4j.network.chain;

import com.google.gson.JsonObject;

/**
 * The local stand-in for Lit's block indexer ({@code https://block-indexer.litgateway.com}), from which the JS
 * SDK 8 takes the SIWE nonce ({@code latestBlockhash}) instead of asking the nodes: its one call,
 * {@code GET /get_most_recent_valid_block}, answered with the local chain's newest block as
 * {@code {"number":N,"blockhash":"0x…","timestamp":<seconds>}} (the SDK reads {@code blockhash} and requires
 * {@code timestamp}). The block is one the nodes accept as a nonce ({@link LocalChain#requireNonceBlock}).
 */
public final class BlockIndexer {
    /** The path of the call. */
    public static final String PATH = "/get_most_recent_valid_block";

    private final LocalChain chain;

    /** Answers from {@code chain}. */
    public BlockIndexer(LocalChain chain) {
        this.chain = chain;
    }

    /** The answer to {@code GET} {@link #PATH}. */
    public JsonObject mostRecentValidBlock() {
        Block latest = chain.latest();
        JsonObject answer = new JsonObject();
        answer.addProperty("number", latest.number());
        answer.addProperty("blockhash", latest.hash());
        answer.addProperty("timestamp", latest.timestamp().getEpochSecond());
        return answer;
    }
}
