/** The fake Ethereum chain of a local network: blocks whose hashes serve as SIWE nonces. */
package dev.lit4j.network.chain;
