package dev.lit4j.network;

import com.google.gson.JsonElement;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;

/**
 * A Datil-era route on a Naga node, kept only to refuse (operations spec §5.1): HTTP 410
 * {@code OldEndpointVersionNoLongerSupported}, plain JSON, as lit-peer's {@code deprecated_endpoint_error}
 * answers it. Stateless.
 */
final class DeprecatedEndpoint implements NodeEndpoint {
    /** lit-peer's text, naming its latest endpoint version. */
    static final String MESSAGE = "This endpoint has been deprecated.  Please use the latest SDK with the v2 endpoint.";

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        throw LitNodeError.of(NodeErrorCode.OLD_ENDPOINT_VERSION_NO_LONGER_SUPPORTED, MESSAGE)
                .withKind(ErrorKind.GENERIC);
    }
}
