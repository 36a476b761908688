/**
 * The conformance kit of the {@link dev.lit4j.domain.port.NodeTransport} port:
 * {@link dev.lit4j.testkit.transport.NodeTransportContract}, run over a
 * {@link dev.lit4j.testkit.transport.NodeTransportFixture} (a network and a transport connected to it), and the
 * answer checks it makes ({@link dev.lit4j.testkit.transport.TransportAssertions}).
 */
@NullMarked
package dev.lit4j.testkit.transport;

import org.jspecify.annotations.NullMarked;
