/** PKPs of a local network: minted key pairs, owners, permitted auth methods and scopes, and signing. */
@NullMarked
package dev.lit4j.network.pkp;

import org.jspecify.annotations.NullMarked;
