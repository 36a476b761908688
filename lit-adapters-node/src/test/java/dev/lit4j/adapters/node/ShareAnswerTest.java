package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.SessionShareCheck;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.bls.BlsThresholdKey;
import org.junit.jupiter.api.Test;

/** Checking one node's {@code sign_session_key} answer (client spec §7.6–7.7) before its share is combined. */
class ShareAnswerTest {
    private static final String URL = "http://127.0.0.1:7470";
    private static final BlsThresholdKey KEY = BlsThresholdKey.fromSeed(2, 3, 7);
    private static final String SIWE = Fixtures.siwe("0x" + "ab".repeat(32));
    private static final SessionShareCheck.Expected EXPECTED =
            new SessionShareCheck.Expected(KEY.publicKey(), Fixtures.SESSION_KEY.uri(), Fixtures.PKP.ethAddress());

    private static JsonObject answer() {
        return DatilAnswers.answer(KEY.share(1), SIWE, KEY.publicKey().hex(), false);
    }

    private static ShareAnswer parse(JsonObject body) {
        return ShareAnswer.parse(URL, Fixtures.body(body), EXPECTED);
    }

    @Test
    void readsAValidAnswer() {
        ShareAnswer answer = parse(answer());

        assertEquals(URL, answer.nodeUrl());
        assertEquals(2, answer.share().identifier());
        assertEquals(SIWE, answer.siweMessage());
        assertEquals(LitSessionBlsMessage.fromEip191Hash(Eip191.hash(SIWE)), answer.message());
    }

    @Test
    void refusesAnAnswerThatIsNoSuccess() {
        JsonObject body = answer();
        body.addProperty("result", "failure");

        assertEquals(
                "\"result\" is \"failure\", not \"success\"",
                assertThrows(MalformedAnswerException.class, () -> parse(body)).getMessage());
    }

    @Test
    void refusesAnEcdsaAnswer() {
        JsonObject body = answer();
        body.addProperty("curveType", "ECDSA");

        assertEquals(
                "\"curveType\" is \"ECDSA\"; only BLS session-key signatures are supported (ECDSA ones are"
                        + " pre-Datil)",
                assertThrows(MalformedAnswerException.class, () -> parse(body)).getMessage());
    }

    @Test
    void refusesMissingFields() {
        for (String key : new String[] {"result", "curveType", "siweMessage", "dataSigned", "blsRootPubkey"}) {
            JsonObject body = answer();
            body.remove(key);

            assertEquals(
                    "\"" + key + "\" is missing; expected a non-empty string",
                    assertThrows(MalformedAnswerException.class, () -> parse(body))
                            .getMessage());
        }
        JsonObject noShare = answer();
        noShare.remove("signatureShare");
        assertEquals(
                "\"signatureShare\" is missing",
                assertThrows(MalformedAnswerException.class, () -> parse(noShare))
                        .getMessage());
        JsonObject noIndex = answer();
        noIndex.addProperty("shareIndex", -1);
        assertEquals(
                "\"shareIndex\" is -1; expected an integer 0 or more",
                assertThrows(MalformedAnswerException.class, () -> parse(noIndex))
                        .getMessage());
    }

    @Test
    void theIdentifierMustBeTheShareIndexPlusOne() {
        JsonObject body = answer();
        body.addProperty("shareIndex", 2);

        assertEquals(
                "its share identifier is 2, but a Datil share's identifier is shareIndex + 1 = 3",
                assertThrows(InvalidShareException.class, () -> parse(body)).getMessage());
    }

    @Test
    void refusesAShareThatIsNotADatilShare() {
        JsonObject body = answer();
        body.add(
                "signatureShare",
                JsonParser.parseString("{\"ProofOfPossession\":{\"identifier\":\"01\",\"value\":\"02\"}}"));

        assertEquals(
                "signatureShare.ProofOfPossession: expected a hex string (the Datil form), found an object",
                assertThrows(InvalidShareException.class, () -> parse(body)).getMessage());
    }

    @Test
    void dataSignedMustBeTheSessionMessageOfTheReturnedSiwe() {
        JsonObject body = answer();
        body.addProperty("dataSigned", "00".repeat(32));

        assertEquals(
                "its dataSigned " + "00".repeat(32) + " is not the session message of the SIWE it returned ("
                        + LitSessionBlsMessage.fromEip191Hash(Eip191.hash(SIWE)).hex() + ")",
                assertThrows(InvalidShareException.class, () -> parse(body)).getMessage());
    }

    @Test
    void theRootKeyMustBeTheNetworks() {
        String other = BlsThresholdKey.fromSeed(1, 1, 8).publicKey().hex();
        JsonObject body = DatilAnswers.answer(KEY.share(1), SIWE, other, false);

        assertEquals(
                "it signed under blsRootPubkey \"" + other + "\", but the network's key is "
                        + KEY.publicKey().hex(),
                assertThrows(InvalidShareException.class, () -> parse(body)).getMessage());
    }

    @Test
    void theSiweMustDelegateToTheRequestedSessionKeyForThePkp() {
        SiweMessage asked = SiweMessage.parse(SIWE);
        String otherKey = new SiweMessage(
                        asked.domain(),
                        asked.address(),
                        asked.statement(),
                        new SessionPublicKey("11".repeat(32)).uri(),
                        asked.version(),
                        asked.chainId(),
                        asked.nonce(),
                        asked.issuedAt(),
                        asked.expirationTime(),
                        null,
                        null,
                        null)
                .render();
        EthAddress someoneElse = new EthAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        String otherAddress = new SiweMessage(
                        asked.domain(),
                        someoneElse,
                        asked.statement(),
                        asked.uri(),
                        asked.version(),
                        asked.chainId(),
                        asked.nonce(),
                        asked.issuedAt(),
                        asked.expirationTime(),
                        null,
                        null,
                        null)
                .render();

        assertEquals(
                "the SIWE it signed delegates to lit:session:" + "11".repeat(32) + ", not to the requested "
                        + Fixtures.SESSION_KEY.uri(),
                assertThrows(
                                InvalidShareException.class,
                                () -> parse(DatilAnswers.answer(
                                        KEY.share(1), otherKey, KEY.publicKey().hex(), false)))
                        .getMessage());
        assertEquals(
                "the SIWE it signed is for 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266, not for the PKP's address"
                        + " 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
                assertThrows(
                                InvalidShareException.class,
                                () -> parse(DatilAnswers.answer(
                                        KEY.share(1),
                                        otherAddress,
                                        KEY.publicKey().hex(),
                                        false)))
                        .getMessage());
    }

    @Test
    void theSiweMustParse() {
        JsonObject body =
                DatilAnswers.answer(KEY.share(1), "not a SIWE", KEY.publicKey().hex(), false);

        assertEquals(
                "the SIWE it signed does not parse: ",
                assertThrows(InvalidShareException.class, () -> parse(body))
                        .getMessage()
                        .substring(0, "the SIWE it signed does not parse: ".length()));
    }
}
