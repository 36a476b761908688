/**
 * The fake Ethereum chain of a local network: blocks whose hashes serve as SIWE nonces and whose times
 * timestamp conditions read, and the balances and token ownership other conditions read.
 */
package dev.lit4j.network.chain;
