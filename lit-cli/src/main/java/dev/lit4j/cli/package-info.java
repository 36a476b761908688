/**
 * {@code lit4j}, the command line: the commands (session sigs, PKP signing, Lit Actions, encryption,
 * inspection and verification, a local network), their options and converters, and the output they
 * print (see {@code docs/cli.md}). An application, not a library: nothing here is API.
 */
@NullMarked
package dev.lit4j.cli;

import org.jspecify.annotations.NullMarked;
