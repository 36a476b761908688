package dev.lit4j.adapters.node.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.naga.NagaNodeChoice;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.verify.NodeProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The BLS operations of the Naga wire against minimal Naga nodes: encryption/sign/v2 with the Naga-format shares of
 * {@code naga-operations.json} (whose combination is the Datil σ of {@code encryption-datil.json}), and the
 * sign_session_key/v2 request and its refusals.
 */
class NagaBlsOverHttpTest {
    private static final JsonObject NAGA = load("naga-operations.json").getAsJsonObject("blsDecryptionShares");
    private static final JsonObject DATIL = load("encryption-datil.json");

    @RegisterExtension
    final NagaStubNodes nodes = new NagaStubNodes(3);

    @Test
    void decryptionSharesInTheNagaFormCombineToTheNetworksSignature() {
        JsonArray shares = NAGA.getAsJsonArray("shares");
        for (int i = 0; i < 3; i++) {
            JsonObject share = shares.get(i).getAsJsonObject();
            // lit-peer trims the peer id's leading zeros
            String shareId = share.get("peerId").getAsString().replaceFirst("^0+", "");
            nodes.get(i)
                    .networkKey(DATIL.getAsJsonObject("networkKey")
                            .get("subnetPublicKey")
                            .getAsString());
            nodes.get(i)
                    .route(
                            "/web/encryption/sign/v2",
                            plaintext -> NagaStubNode.Reply.sealed(
                                    200,
                                    GenericResponse.success("{\"result\":\"success\",\"signatureShare\":"
                                            + share.get("share") + ",\"shareId\":\"" + shareId + "\"}")));
        }
        NagaNodeTransport transport = transport();

        BlsSignature signature = transport.decryptionSignature(decryption());

        assertEquals(DATIL.getAsJsonObject("decrypt").get("combinedSignature").getAsString(), signature.hex());
        JsonObject inner =
                JsonParser.parseString(nodes.get(0).received.get(1).plaintext()).getAsJsonObject();
        assertEquals(
                List.of("accessControlConditions", "dataToEncryptHash", "authSig", "chain", "keySetId"),
                List.copyOf(inner.keySet()));
    }

    @Test
    void aShareWhoseIdentifierIsNotItsPeerIdsIsRefused() {
        JsonArray shares = NAGA.getAsJsonArray("shares");
        String otherPeer = shares.get(1).getAsJsonObject().get("peerId").getAsString();
        nodes.all().forEach(node -> {
            node.networkKey(
                    DATIL.getAsJsonObject("networkKey").get("subnetPublicKey").getAsString());
            node.route(
                    "/web/encryption/sign/v2",
                    plaintext -> NagaStubNode.Reply.sealed(
                            200,
                            GenericResponse.success("{\"result\":\"success\",\"signatureShare\":"
                                    + shares.get(0).getAsJsonObject().get("share") + ",\"shareId\":\"" + otherPeer
                                    + "\"}")));
        });
        NagaNodeTransport transport = transport();

        NodeException e = assertThrows(NodeException.class, () -> transport.decryptionSignature(decryption()));

        NodeFailure failure = e.failures().get(0);
        assertEquals(NodeFailure.Kind.INVALID_SHARE, failure.kind());
        assertEquals(
                "its share identifier is "
                        + shares.get(0)
                                .getAsJsonObject()
                                .getAsJsonObject("share")
                                .getAsJsonObject("ProofOfPossession")
                                .get("identifier")
                                .getAsString()
                        + ", but a Naga share's"
                        + " identifier is that of its shareId " + otherPeer,
                failure.message());
    }

    @Test
    void signSessionKeySendsNodeSetAndEachNodesMaxPriceAndReportsAWrongCurveType() {
        nodes.all()
                .forEach(node -> node.route(
                        "/web/sign_session_key/v2",
                        plaintext -> NagaStubNode.Reply.sealed(
                                200, GenericResponse.success("{\"result\":\"success\",\"curveType\":\"BLS\"}"))));
        NagaNodeTransport transport = transport();
        SignSessionKeyRequest request = new SignSessionKeyRequest(
                SessionKeyPair.generate().publicKey(),
                List.of(),
                dev.lit4j.domain.pkp.PkpPublicKey.parse(
                        "pkp",
                        "0x04" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"),
                "a SIWE",
                null,
                null,
                null);

        NodeException e = assertThrows(NodeException.class, () -> transport.signSessionKey(request));

        assertEquals(
                "\"curveType\" is \"BLS\"; a Naga node signs session keys with BLS12381G1",
                e.failures().get(0).message());
        // the node whose answer failed the call has surely received its request; the others may not have yet
        NagaStubNode answered = nodes.all().stream()
                .filter(node -> node.url().equals(e.failures().get(0).nodeUrl()))
                .findFirst()
                .orElseThrow();
        JsonObject inner =
                JsonParser.parseString(answered.received.get(1).plaintext()).getAsJsonObject();
        assertEquals(
                List.of(
                        "sessionKey",
                        "authMethods",
                        "pkpPublicKey",
                        "siweMessage",
                        "curveType",
                        "epoch",
                        "nodeSet",
                        "maxPrice"),
                List.copyOf(inner.keySet()));
        assertEquals(7, inner.get("epoch").getAsLong());
        assertEquals(3, inner.getAsJsonArray("nodeSet").size());
        assertEquals(
                "0x"
                        + NagaNodeChoice.DEFAULT_USER_MAX_PRICE
                                .divide(BigInteger.valueOf(3))
                                .toString(16),
                inner.get("maxPrice").getAsString());
    }

    private DecryptionRequest decryption() {
        SessionKeyPair key = SessionKeyPair.generate();
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        nodes.all()
                .forEach(
                        node -> sigs.put(node.url(), SessionSig.sign(key, "{\"nodeAddress\":\"" + node.url() + "\"}")));
        return new DecryptionRequest(
                AccessControlConditions.fromJson(
                        "conditions", DATIL.get("accessControlConditions").toString()),
                new DataHash(DATIL.get("dataToEncryptHash").getAsString()),
                "ethereum",
                new SessionSigs(sigs));
    }

    private NagaNodeTransport transport() {
        return new NagaNodeTransport(
                NodeTransportConfig.custom(nodes.urls())
                        .protocol(NodeProtocol.NAGA)
                        .retryPolicy(RetryPolicy.NONE)
                        .build(),
                HttpClient.newHttpClient());
    }

    private static JsonObject load(String file) {
        try (InputStream in = NagaBlsOverHttpTest.class.getResourceAsStream("/vectors/" + file)) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
