package dev.lit4j.network;

import static dev.lit4j.network.SessionKeyFixture.assertNodeError;
import static dev.lit4j.network.SessionKeyFixture.toNode0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthMethodType;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.sessionkey.JsSdkClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@code /web/sign_session_key/v1} refuses requests: each with the Datil node's code, status and kind. */
class SignSessionKeyEndpointErrorsTest {
    private final SessionKeyFixture fixture = new SessionKeyFixture();
    private final LocalLitNetwork network = fixture.start(3);
    private final Pkp pkp = network.pkps().mint(fixture.owner.address());

    @AfterEach
    void closeNetworks() {
        fixture.close();
    }

    private JsonObject request() {
        return fixture.ownerRequest(network, pkp);
    }

    private Answer send(JsonObject body) throws Exception {
        return toNode0(network, body.toString());
    }

    private SiweMessage sessionSiwe(Instant issuedAt, Instant expiration) {
        return JsSdkClient.sessionSiwe(pkp.ethAddress(), network.chain().latestBlockhash(), issuedAt, expiration);
    }

    @Test
    void malformedJsonIsAParserError() throws Exception {
        Answer answer = toNode0(network, "{\"sessionKey\":");

        assertNodeError(answer, 400, null, "Parser", "request body is not valid JSON");
    }

    @Test
    void aMissingRequiredFieldIs422() throws Exception {
        JsonObject body = request();
        body.remove("authMethods");

        assertNodeError(send(body), 422, null, "Parser", "missing field `authMethods`");
    }

    @Test
    void anAuthMethodOfTheWrongShapeIs422() throws Exception {
        JsonObject body = request();
        body.add("authMethods", JsonParser.parseString("[{\"authMethodType\":\"1\",\"accessToken\":\"t\"}]"));

        assertNodeError(
                send(body),
                422,
                null,
                "Parser",
                "`authMethods[0].authMethodType` must be an auth method type number 0..2147483647, found a string");
    }

    @Test
    void aCurveTheNodeKnowsButWillNotSignWithIsAnInvalidCurveType() throws Exception {
        JsonObject body = request();
        body.addProperty("curveType", "K256");

        assertNodeError(
                send(body),
                400,
                "NodeInvalidCurveType",
                "Validation",
                "Invalid curve_type: K256 - only BLS curve type is allowed for this endpoint");
    }

    @Test
    void aCurveTheNodeDoesNotKnowIs422() throws Exception {
        JsonObject body = request();
        body.addProperty("curveType", "bls");

        assertNodeError(send(body), 422, null, "Parser", "unknown variant `bls` for `curveType`");
    }

    @Test
    void anAuthSigIsRefused() throws Exception {
        JsonObject body = request();
        body.add(
                "authSig",
                JsonParser.parseString(body.getAsJsonArray("authMethods")
                        .get(0)
                        .getAsJsonObject()
                        .get("accessToken")
                        .getAsString()));

        Answer answer = send(body);

        assertEquals(
                "{\"correlationId\":\"lit_4f1c\",\"details\":[\"You can't provide an AuthSig on this endpoint."
                        + "  Instead, send it as an AuthMethod in the authMethods array.\"],\"errorCode\":"
                        + "\"NodeInvalidAuthSigForSessionKey\",\"errorKind\":\"Validation\",\"message\":\"The user sent an"
                        + " auth_sig for signing a session_key\",\"status\":400}",
                answer.body());
    }

    @Test
    void aSiweMessageThatDoesNotParseIsASiweError() throws Exception {
        JsonObject body = request();
        body.addProperty("siweMessage", "hello");

        assertNodeError(send(body), 400, "NodeSIWEMessageError", "Parser", "Error parsing SIWE message");
    }

    @Test
    void aStatementClaimingTheAuthContextIsRefused() throws Exception {
        SiweMessage siwe =
                sessionSiwe(fixture.clock.instant(), fixture.clock.instant().plus(Duration.ofDays(1)));
        JsonObject body = fixture.ownerRequest(
                network, pkp, siwe.withStatement(siwe.statement() + " lit-resolvedauthcontext://*"));

        assertNodeError(
                send(body),
                401,
                "NodeInvalidAuthContextResource",
                "Validation",
                "Can't define Auth Context resources in capability");
    }

    @Test
    void anUnsupportedAuthMethodTypeIsRefused() throws Exception {
        JsonObject body = request();
        JsonArray methods = new JsonArray();
        methods.add(JsonParser.parseString(new AuthMethod(AuthMethodType.GOOGLE_JWT, "eyJhbGciOi.jwt").toJson()));
        body.add("authMethods", methods);

        assertNodeError(send(body), 500, null, "Validation", "Unsupported auth method type: 6");
    }

    @Test
    void aWalletAuthSigDelegatingToASessionIsRefused() throws Exception {
        Instant now = fixture.clock.instant();
        SiweMessage walletSiwe = LitSiweBuilder.create(
                        fixture.owner.address(), network.chain().latestBlockhash(), now)
                .uri(JsSdkClient.SESSION_KEY.uri())
                .build();
        AuthMethod method = AuthMethod.ethWallet(JsSdkClient.walletAuthSig(fixture.owner, walletSiwe));
        JsonObject body = JsSdkClient.body(List.of(method), pkp.publicKey0x(), sessionSiwe(now, now.plusSeconds(600)));

        assertNodeError(
                send(body),
                401,
                "NodeInvalidAuthSig",
                "Validation",
                "Invalid URI for top level auth sig: " + JsSdkClient.SESSION_KEY.uri());
    }

    @Test
    void aSiweNotSignedInAsThePkpIsRefused() throws Exception {
        Pkp other = network.pkps().mint(fixture.owner.address());
        JsonObject body = request();
        body.addProperty("pkpPublicKey", other.publicKey0x());

        assertNodeError(
                send(body),
                400,
                "NodeSIWEMessageError",
                "Parser",
                "Address in SIWE message "
                        + pkp.ethAddress().lowercaseHexNoPrefix() + " does not match PKP ETH address "
                        + other.ethAddress().lowercaseHexNoPrefix());
    }

    @Test
    void aSiweForAnotherSessionKeyIsRefused() throws Exception {
        JsonObject body = request();
        String otherKey = "lit:session:" + "11".repeat(32);
        body.addProperty("sessionKey", otherKey);

        assertNodeError(
                send(body),
                400,
                "NodeSIWEMessageError",
                "Parser",
                "URI in SIWE message " + JsSdkClient.SESSION_KEY.uri() + " does not match URI in request " + otherKey);
    }

    @Test
    void anExpirationBeforeTheIssueTimeIsExpWrong() throws Exception {
        Instant now = fixture.clock.instant();

        Answer answer = send(fixture.ownerRequest(network, pkp, sessionSiwe(now, now.minusSeconds(1))));

        assertNodeError(answer, 403, "NodeExpWrongOrTooLarge", "Validation", "is in behind issue_at");
    }

    @Test
    void anExpiredSiweIsRefused() throws Exception {
        Instant now = fixture.clock.instant();

        Answer answer = send(fixture.ownerRequest(
                network, pkp, sessionSiwe(now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(2)))));

        assertNodeError(
                answer,
                400,
                "NodeSIWEMessageError",
                "Validation",
                "is in the past beyond the grace period of 60 seconds");
    }

    @Test
    void aSessionLongerThanThirtyDaysIsRefused() throws Exception {
        Instant now = fixture.clock.instant();

        Answer answer = send(fixture.ownerRequest(
                network, pkp, sessionSiwe(now, now.plus(Duration.ofDays(30)).plusSeconds(1))));

        assertNodeError(answer, 400, "NodeSIWEMessageError", "Validation", "is beyond the max expiry timestamp");
    }

    @Test
    void aSiweWithoutExpirationIsRefused() throws Exception {
        SiweMessage siwe =
                sessionSiwe(fixture.clock.instant(), fixture.clock.instant().plusSeconds(600));
        SiweMessage noExpiration = new SiweMessage(
                siwe.domain(),
                siwe.address(),
                siwe.statement(),
                siwe.uri(),
                siwe.version(),
                siwe.chainId(),
                siwe.nonce(),
                siwe.issuedAt(),
                null,
                null,
                null,
                siwe.resources());

        assertNodeError(
                send(fixture.ownerRequest(network, pkp, noExpiration)),
                400,
                "NodeSIWEMessageError",
                "Parser",
                "Session key expiration time is not set");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void codeAndIpfsIdTogetherAreRefused(boolean codeFirst) throws Exception {
        JsonObject body = fixture.actionRequest(network, pkp);
        String cid = network.actions()
                .register("Lit.Actions.setResponse({response: 'true'});")
                .value();
        if (codeFirst) {
            body.addProperty("code", Base64.getEncoder().encodeToString("1".getBytes()));
        }
        body.addProperty("litActionIpfsId", cid);
        if (!codeFirst) {
            body.addProperty("code", Base64.getEncoder().encodeToString("1".getBytes()));
        }

        assertNodeError(send(body), 500, null, "Unexpected", "Can't provide both code & lit_action_ipfs_id");
    }

    @Test
    void aNonceThatIsNoBlockIsAnInvalidBlockhash() throws Exception {
        Instant now = fixture.clock.instant();
        String unknown = "0x" + "12".repeat(32);
        JsonObject body = fixture.ownerRequest(network, pkp, JsSdkClient.sessionSiwe(pkp.ethAddress(), unknown, now));

        assertNodeError(send(body), 502, "NodeInvalidBlockhash", "Validation", "Error fetching block from hash");
    }

    @Test
    void aNonceBlockOlderThanThirtyDaysIsRefused() throws Exception {
        String oldBlock = network.chain().latestBlockhash();
        fixture.clock.advance(Duration.ofDays(31));
        network.chain().mine();
        Instant now = fixture.clock.instant();
        JsonObject body = fixture.ownerRequest(network, pkp, JsSdkClient.sessionSiwe(pkp.ethAddress(), oldBlock, now));

        assertNodeError(
                send(body),
                400,
                "NodeSIWEMessageError",
                "Validation",
                "Blocktime 2025-01-15T10:00:00Z of" + " block " + oldBlock
                        + " is beyond the max expiry timestamp of 2025-01-16T10:00:00.250Z");
    }

    @Test
    void aSiweWithoutAReCapHasNoCapabilityObject() throws Exception {
        SiweMessage siwe =
                sessionSiwe(fixture.clock.instant(), fixture.clock.instant().plusSeconds(600));

        Answer answer = send(fixture.ownerRequest(network, pkp, siwe.withResources(null)));

        assertNodeError(answer, 500, null, "Conversion", "Unable to convert SIWE into Capability object");
    }

    @Test
    void aPkpNobodyMintedOnThisNetworkIsRefusedByTheContract() throws Exception {
        Pkp elsewhere = fixture.start(1).pkps().mint(fixture.owner.address());
        Instant now = fixture.clock.instant();
        String nonce = network.chain().latestBlockhash();
        JsonObject body = JsSdkClient.body(
                List.of(JsSdkClient.walletAuthMethod(fixture.owner, nonce, now)),
                elsewhere.publicKey0x(),
                JsSdkClient.sessionSiwe(elsewhere.ethAddress(), nonce, now));

        assertNodeError(
                send(body), 500, "NodeContractResolverConversionFailed", "Unexpected", "Error getting owner of PKP");
    }
}
