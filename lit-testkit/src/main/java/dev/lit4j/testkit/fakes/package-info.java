/**
 * Fakes of the ports and of the clock, for tests of code that uses Lit4j: they answer from what the
 * test set up and record the calls made to them.
 */
@NullMarked
package dev.lit4j.testkit.fakes;

import org.jspecify.annotations.NullMarked;
