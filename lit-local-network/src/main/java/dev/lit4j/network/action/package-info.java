/**
 * Lit Actions on a local network: IPFS CIDv0 of code, a registry standing in for IPFS, and a sandboxed,
 * time-limited JavaScript runner exposing the custom-auth parts of {@code Lit.Actions} and {@code Lit.Auth}.
 */
package dev.lit4j.network.action;
