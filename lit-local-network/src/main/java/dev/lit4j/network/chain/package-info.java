/**
 * The fake Ethereum chain of a local network: blocks whose hashes serve as SIWE nonces and whose times
 * timestamp conditions read, the balances and token ownership other conditions read, and the JSON-RPC
 * answers (chain id, block number, the Staking contract's validator list) a client reads to find the nodes.
 */
@NullMarked
package dev.lit4j.network.chain;

import org.jspecify.annotations.NullMarked;
