/** PKPs of a local network: minted key pairs, owners, permitted auth methods and scopes, and signing. */
package dev.lit4j.network.pkp;
