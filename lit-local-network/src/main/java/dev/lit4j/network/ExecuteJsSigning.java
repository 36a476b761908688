package dev.lit4j.network;

import com.google.gson.JsonObject;
import dev.lit4j.network.action.LitActionHost;
import dev.lit4j.network.action.LitAuthContext;

/**
 * The signing calls of one {@code /web/execute} run on one node, and the {@code signedData} and
 * {@code claimData} they produce. Not thread-safe: one run calls it from its one thread.
 */
final class ExecuteJsSigning implements ExecuteJsEndpoint.ActionSigning {
    private final JsonObject signedData = new JsonObject();
    private final JsonObject claimData = new JsonObject();

    ExecuteJsSigning(NodeContext node, LitAuthContext auth) {
    }

    @Override
    public void signEcdsa(byte[] toSign, String publicKey, String sigName) {
        LitActionHost.NONE.signEcdsa(toSign, publicKey, sigName);
    }

    @Override
    public void ethPersonalSignMessageEcdsa(byte[] message, String publicKey, String sigName) {
        LitActionHost.NONE.ethPersonalSignMessageEcdsa(message, publicKey, sigName);
    }

    @Override
    public void claimKey(String keyId) {
        LitActionHost.NONE.claimKey(keyId);
    }

    @Override
    public JsonObject signedData() {
        return signedData;
    }

    @Override
    public JsonObject claimData() {
        return claimData;
    }
}
