package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.verify.NodeProtocol;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Choosing the wire by the network: the configuration's protocol, its defaults, and the adapter it picks. */
class NodeTransportProtocolTest {
    private static final List<String> THREE =
            List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "http://127.0.0.1:7472");

    @Test
    void aCustomNetworkSpeaksDatilUnlessToldOtherwise() {
        NodeTransportConfig datil = NodeTransportConfig.custom(THREE).build();
        NodeTransportConfig naga =
                NodeTransportConfig.custom(THREE).protocol(NodeProtocol.NAGA).build();

        assertEquals(NodeProtocol.DATIL, datil.protocol());
        assertEquals(NodeTransportConfig.DEFAULT_SDK_VERSION, datil.sdkVersion());
        assertEquals(OptionalInt.of(2), datil.threshold());
        assertEquals(NodeProtocol.NAGA, naga.protocol());
        assertEquals("8.0.0-naga-local", naga.sdkVersion());
        assertEquals(OptionalInt.of(3), naga.threshold());
        assertEquals(6, NodeTransportConfig.nagaThreshold(10));
        assertInstanceOf(HttpNodeTransport.class, NodeTransports.create(datil));
        assertInstanceOf(NagaNodeTransport.class, NodeTransports.create(naga));
    }

    @Test
    void aPublicDatilNetworkCannotSpeakNaga() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                        .protocol(NodeProtocol.NAGA)
                        .build());

        assertEquals(
                "protocol: datil-dev speaks the Datil protocol; only a custom network (LitNetwork.CUSTOM with"
                        + " its node URLs) may speak NAGA",
                e.getMessage());
    }

    @Test
    void aNagaNetworkOfFewerThanThreeNodesNeedsAThreshold() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> NodeTransportConfig.custom(THREE.subList(0, 2))
                        .protocol(NodeProtocol.NAGA)
                        .build());

        assertEquals(
                "nodeUrls: a Naga network needs at least 3 nodes (its minimum threshold), got 2; give more nodes"
                        + " or a threshold of at most 2",
                e.getMessage());
        assertEquals(
                OptionalInt.of(2),
                NodeTransportConfig.custom(THREE.subList(0, 2))
                        .protocol(NodeProtocol.NAGA)
                        .threshold(2)
                        .build()
                        .threshold());
    }

    @Test
    void theDatilAdapterRefusesANagaNetwork() {
        NodeTransportConfig naga =
                NodeTransportConfig.custom(THREE).protocol(NodeProtocol.NAGA).build();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HttpNodeTransport.create(naga));

        assertEquals(
                "config.protocol: HttpNodeTransport speaks the Datil protocol, and this network speaks NAGA; use"
                        + " NodeTransports.create(config)",
                e.getMessage());
    }

    @Test
    void theModuleBindsTheNagaAdapterForANagaNetwork() {
        NodeTransportConfig naga =
                NodeTransportConfig.custom(THREE).protocol(NodeProtocol.NAGA).build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                install(new HttpNodeTransportModule(naga));
            }
        });

        NodeTransport transport = injector.getInstance(NodeTransport.class);

        assertInstanceOf(NagaNodeTransport.class, transport);
        assertSame(transport, injector.getInstance(NodeTransport.class));
        assertEquals("NagaNodeTransport[3 nodes, not connected]", transport.toString());
    }
}
