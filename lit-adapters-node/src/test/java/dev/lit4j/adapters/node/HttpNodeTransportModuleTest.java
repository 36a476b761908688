package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.NodeTransport;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Guice module in a strict injector: production stage (eager singletons) and explicit bindings only. */
class HttpNodeTransportModuleTest {

    private static Injector strictInjector(Module... modules) {
        return Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                for (Module module : modules) {
                    install(module);
                }
            }
        });
    }

    @Test
    void bindsOneTransportAndReachesNoNodeWhileWiring() {
        try (TestNetwork local = TestNetwork.start(3)) {
            local.network.nodes().forEach(node -> node.faults().down());
            Injector injector =
                    strictInjector(new HttpNodeTransportModule(local.config().build()));

            NodeTransport transport = injector.getInstance(NodeTransport.class);

            assertInstanceOf(HttpNodeTransport.class, transport);
            assertSame(transport, injector.getInstance(NodeTransport.class));
            assertSame(transport, injector.getInstance(HttpNodeTransport.class));
            assertEquals("HttpNodeTransport[custom, not connected]", transport.toString());
            local.network.nodes().forEach(node -> node.faults().up());
            assertEquals(3, transport.network().nodeUrls().size(), "it connects on first use");
        }
    }

    @Test
    void theConfigurationIsBound() {
        NodeTransportConfig config =
                NodeTransportConfig.custom(List.of("http://127.0.0.1:7470")).build();

        assertSame(config, strictInjector(new HttpNodeTransportModule(config)).getInstance(NodeTransportConfig.class));
    }

    @Test
    void anApplicationCanGiveItsOwnHttpClient() {
        HttpClient own = HttpClient.newHttpClient();
        NodeTransportConfig config =
                NodeTransportConfig.custom(List.of("http://127.0.0.1:7470")).build();

        Injector injector = strictInjector(new HttpNodeTransportModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Key.get(HttpClient.class, NodeHttpClient.class))
                        .setBinding()
                        .toInstance(own);
            }
        });

        assertSame(own, injector.getInstance(Key.get(HttpClient.class, NodeHttpClient.class)));
    }

    @Test
    void theDefaultHttpClientDoesNotFollowRedirects() {
        NodeTransportConfig config =
                NodeTransportConfig.custom(List.of("http://127.0.0.1:7470")).build();

        HttpClient client = strictInjector(new HttpNodeTransportModule(config))
                .getInstance(Key.get(HttpClient.class, NodeHttpClient.class));

        assertEquals(HttpClient.Redirect.NEVER, client.followRedirects());
        assertEquals(config.handshakeTimeout(), client.connectTimeout().orElseThrow());
    }

    @Test
    void needsAConfiguration() {
        assertEquals(
                "config: is missing",
                assertThrows(InvalidInputException.class, () -> new HttpNodeTransportModule(null))
                        .getMessage());
    }
}
