/**
 * Session stores: in memory, in files, in MapDB (the embedded default) and in a database through
 * JDBC, optionally encrypted under an AEAD key; the import of a JS SDK {@code localStorage}; a Guice module
 * for each store (see {@code docs/storage.md}).
 */
@NullMarked
package dev.lit4j.adapters.storage;

import org.jspecify.annotations.NullMarked;
