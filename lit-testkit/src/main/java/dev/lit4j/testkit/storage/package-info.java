/**
 * The conformance kit of {@link dev.lit4j.domain.port.SessionStore}:
 * {@link dev.lit4j.testkit.storage.SessionStoreContract}, which every store — Lit4j's and your own —
 * passes with a short subclass, the durability kit for stores that survive a restart, and their samples.
 */
@NullMarked
package dev.lit4j.testkit.storage;

import org.jspecify.annotations.NullMarked;
