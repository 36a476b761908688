package dev.lit4j.adapters.node;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.verify.NodeProtocol;
import jakarta.inject.Provider;
import java.net.http.HttpClient;

/**
 * Binds {@link NodeTransport} to a singleton {@link HttpNodeTransport}, or {@link NagaNodeTransport} when the
 * network speaks {@link NodeProtocol#NAGA}, configured by a {@link NodeTransportConfig} (network, protocol, node
 * URLs, timeouts, retry and attestation policies).
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new HttpNodeTransportModule(
 *         NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build()));
 * }</pre>
 *
 * <p>Side-effect free: {@code configure()} makes no connection and starts no thread; the HTTP client is
 * made when the transport is first injected, and the network is reached on first use. The HTTP client
 * is an {@link OptionalBinder} default under {@link NodeHttpClient}, so an application can give its own.
 */
public final class HttpNodeTransportModule extends AbstractModule {
    private final NodeTransportConfig config;

    /** A module for the network {@code config} describes. */
    public HttpNodeTransportModule(NodeTransportConfig config) {
        this.config = InvalidInputException.requireNonNull("config", config);
    }

    @Override
    protected void configure() {
        bind(NodeTransportConfig.class).toInstance(config);
        OptionalBinder.newOptionalBinder(binder(), Key.get(HttpClient.class, NodeHttpClient.class))
                .setDefault()
                .toProvider(new DefaultClient(config));
        if (config.protocol() == NodeProtocol.NAGA) {
            bind(NagaNodeTransport.class).in(Scopes.SINGLETON);
            bind(NodeTransport.class).to(NagaNodeTransport.class);
        } else {
            bind(HttpNodeTransport.class).in(Scopes.SINGLETON);
            bind(NodeTransport.class).to(HttpNodeTransport.class);
        }
    }

    /** Makes the default client when it is first needed, not when the module is configured. */
    private static final class DefaultClient implements Provider<HttpClient> {
        private final NodeTransportConfig config;

        DefaultClient(NodeTransportConfig config) {
            this.config = config;
        }

        @Override
        public HttpClient get() {
            return HttpNodeTransport.defaultHttpClient(config);
        }
    }
}
