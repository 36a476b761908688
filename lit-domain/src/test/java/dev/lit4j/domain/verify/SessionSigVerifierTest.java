package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.EXPIRATION;
import static dev.lit4j.domain.verify.Fixtures.ISSUED_AT;
import static dev.lit4j.domain.verify.Fixtures.NODE_URL;
import static dev.lit4j.domain.verify.Fixtures.NOW;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.PKP_ONE;
import static dev.lit4j.domain.verify.Fixtures.REQUESTS;
import static dev.lit4j.domain.verify.Fixtures.SESSION_KEY;
import static dev.lit4j.domain.verify.Fixtures.VECTOR_SESSION_SIG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The session sig's own rules (node spec §2.1 – §2.5), on the vector and on single changes to it. */
class SessionSigVerifierTest {
    private final SessionSigVerifier verifier = Fixtures.verifier(VerificationMode.NODE_FAITHFUL);

    @Test
    void theFixturesRebuildTheVectorByteForByte() {
        assertEquals(EOA, Fixtures.walletAuthSig(Fixtures.walletSiwe(SESSION_KEY.uri(), Fixtures.SIWE_EXPIRATION)));
        assertEquals(VECTOR_SESSION_SIG, Fixtures.withCapabilities(List.of(EOA)));
    }

    @Test
    void acceptsTheVectorForEveryResourceItRequests() {
        for (ResourceRequest request : List.of(
                new ResourceRequest(PKP_ANY, LitAbility.PKP_SIGNING),
                new ResourceRequest(PKP_ONE, LitAbility.PKP_SIGNING),
                new ResourceRequest(Fixtures.ACTION_ONE, LitAbility.LIT_ACTION_EXECUTION),
                new ResourceRequest(
                        LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION))) {
            SessionSigVerification result = verifier.verify(VECTOR_SESSION_SIG, request.resource(), request.ability());
            assertTrue(result.valid(), result.describe());
            assertEquals(Optional.empty(), result.nodeError());
            assertEquals(List.of(), result.findings());
            assertEquals(Optional.of(Fixtures.WALLET_ADDRESS.checksummed()), result.userAddress());
            CapabilityCheck accepted = result.acceptedCapability().orElseThrow();
            assertEquals(0, accepted.index());
            assertEquals(Optional.of(Fixtures.WALLET_ADDRESS), accepted.siweSigner());
            assertEquals(
                    List.of(
                            VerificationRule.CAPABILITY_SIWE,
                            VerificationRule.CAPABILITY_KIND,
                            VerificationRule.CAPABILITY_TIME,
                            VerificationRule.CAPABILITY_SIGNATURE,
                            VerificationRule.CAPABILITY_URI,
                            VerificationRule.CAPABILITY_RECAP_STATEMENT,
                            VerificationRule.CAPABILITY_RECAP_GRANT),
                    accepted.passed());
            assertEquals(
                    SessionSignedMessage.parse(VECTOR_SESSION_SIG.signedMessage()),
                    result.signedMessage().orElseThrow());
            assertEquals(Optional.empty(), result.capacityDelegation());
        }
    }

    @Test
    void remembersHowItWasConfigured() {
        assertEquals(Fixtures.NODE, verifier.nodeAddress());
        assertEquals(VerificationMode.NODE_FAITHFUL, verifier.mode());
        assertEquals(Optional.empty(), verifier.networkKey());
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> SessionSigVerifier.builder(null, VerificationMode.STRICT));
        assertEquals("nodeAddress: is missing", e.getMessage());
    }

    @Test
    void acceptsTheVectorAsASessionSigRecordToo() {
        SessionSigVerification result =
                verifier.verify(new SessionSig(VECTOR_SESSION_SIG), PKP_ONE, LitAbility.PKP_SIGNING);
        assertTrue(result.valid(), result.describe());
    }

    @Test
    void describesAValidResult() {
        assertEquals(
                "session sig VALID (node-faithful mode) for pkp-signing on lit-pkp://*\n"
                        + "a Lit node accepts the session sig\n"
                        + "user address: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n"
                        + "capabilities:\n"
                        + "  - capability 0 (web3.eth.personal.sign 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266): accepted"
                        + " (passed: CAPABILITY_SIWE, CAPABILITY_KIND, CAPABILITY_TIME, CAPABILITY_SIGNATURE, CAPABILITY_URI,"
                        + " CAPABILITY_RECAP_STATEMENT, CAPABILITY_RECAP_GRANT)\n",
                verifier.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING)
                        .describe());
    }

    @Test
    void refusesTheVectorWithOneBitOfTheSignatureFlipped() {
        byte[] sig = Hex.decode("sig", VECTOR_SESSION_SIG.sig());
        sig[40] ^= 0x01;
        SessionSigVerification result = verifier.verify(withSig(Hex.encode(sig)), PKP_ANY, LitAbility.PKP_SIGNING);
        assertRefused(
                result,
                SessionSigErrorCode.INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE,
                VerificationRule.SESSION_SIGNATURE,
                "sig: the Ed25519 signature does not verify over the exact UTF-8"
                        + " bytes of signedMessage with the key in address");
        assertEquals(Optional.empty(), result.signedMessage());
        assertEquals(List.of(), result.capabilities());
    }

    @Test
    void refusesTheVectorMessageChangedAfterSigning() {
        AuthSig changed = new AuthSig(
                VECTOR_SESSION_SIG.sig(),
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG
                        .signedMessage()
                        .replace(EXPIRATION + "\",\"nodeAddress", "2025-01-17T10:00:00.000Z\",\"nodeAddress"),
                VECTOR_SESSION_SIG.address(),
                VECTOR_SESSION_SIG.algo());
        assertRefused(
                verifier.verify(changed, PKP_ANY, LitAbility.PKP_SIGNING),
                SessionSigErrorCode.INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE,
                VerificationRule.SESSION_SIGNATURE,
                "sig: the Ed25519 signature does not verify over the exact UTF-8 bytes of signedMessage with the key"
                        + " in address");
    }

    @Test
    void readsTheAddressAndSignatureWithTheNodesTextRules() {
        String address = VECTOR_SESSION_SIG.address();
        String sig = VECTOR_SESSION_SIG.sig();
        // 0x and upper case pass §2.1, but the URI binding compares the address text as it is
        for (String written : List.of("0x" + address, address.toUpperCase(Locale.ROOT))) {
            SessionSigVerification result = verify(withAddress(written));
            assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError(), written);
            assertEquals(
                    List.of(
                            VerificationRule.CAPABILITY_SIWE,
                            VerificationRule.CAPABILITY_KIND,
                            VerificationRule.CAPABILITY_TIME,
                            VerificationRule.CAPABILITY_SIGNATURE),
                    result.capabilities().get(0).passed());
            assertEquals(
                    "its SIWE URI is \"" + SESSION_KEY.uri() + "\", not \"lit:session:" + written + "\" (the"
                            + " session pubkey in the auth sig is not signed in the SIWE message)",
                    result.findings().get(0).reason());
        }
        assertTrue(verify(withSig(sig.toUpperCase(Locale.ROOT))).valid(), "an all upper-case sig");
        String mixedCase = sig.toUpperCase(Locale.ROOT).substring(0, 126) + "ab";
        assertRefused(
                verify(withSig(mixedCase)),
                SessionSigErrorCode.AUTH_SIG_SIGNATURE_CONVERSION_ERROR,
                VerificationRule.SESSION_SIGNATURE_FORMAT,
                "sig must be exactly 128 hex digits without 0x, all"
                        + " lower-case or all upper-case; got 128 characters starting \""
                        + mixedCase.substring(0, 16) + "\"");
        assertRefused(
                verify(withSig("0x" + sig)),
                SessionSigErrorCode.AUTH_SIG_SIGNATURE_CONVERSION_ERROR,
                VerificationRule.SESSION_SIGNATURE_FORMAT,
                "sig must be exactly 128 hex digits without 0x, all"
                        + " lower-case or all upper-case; got 130 characters starting \"0x" + sig.substring(0, 14)
                        + "\"");
    }

    @Test
    void padsAnOddLengthAddressWithALeadingZero() {
        SessionKeyPair key = keyWhoseHexStartsWithZero();
        AuthSig signed = Fixtures.sessionSig(key, REQUESTS, List.of(EOA), ISSUED_AT, EXPIRATION, NODE_URL);
        AuthSig odd = new AuthSig(
                signed.sig(),
                signed.derivedVia(),
                signed.signedMessage(),
                signed.address().substring(1),
                signed.algo());
        // the signature and message hold; the capability names another session key, so §2.6 refuses it
        SessionSigVerification result = verify(odd);
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError(), result.describe());
        assertEquals(VerificationRule.CAPABILITY_URI, result.findings().get(0).rule());
        assertTrue(
                result.findings()
                        .get(0)
                        .reason()
                        .endsWith("not \"lit:session:" + odd.address() + "\" (the"
                                + " session pubkey in the auth sig is not signed in the SIWE message)"),
                result.describe());
    }

    @Test
    void refusesAnAddressThatIsNoEd25519Key() {
        assertRefused(
                verify(withAddress("ea4a6c63zz")),
                SessionSigErrorCode.AUTH_SIG_ADDRESS_CONVERSION_ERROR,
                VerificationRule.SESSION_KEY_ADDRESS,
                "address \"ea4a6c63zz\" is not hex");
        assertRefused(
                verify(withAddress(VECTOR_SESSION_SIG.address().substring(2))),
                SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR,
                VerificationRule.SESSION_KEY_ADDRESS,
                "address \"" + VECTOR_SESSION_SIG.address().substring(2) + "\" is 31 bytes; an Ed25519 public key"
                        + " is 32");
        // y = 2 is not on the curve: the node fails converting the key before it reads the signature
        String notAPoint = "02" + "00".repeat(31);
        assertRefused(
                verify(withAddress(notAPoint)),
                SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR,
                VerificationRule.SESSION_KEY_ADDRESS,
                "address " + notAPoint + " is not the encoding of an Ed25519 curve point");
        assertRefused(
                verify(new AuthSig(
                        "0x" + VECTOR_SESSION_SIG.sig(),
                        VECTOR_SESSION_SIG.derivedVia(),
                        VECTOR_SESSION_SIG.signedMessage(),
                        notAPoint,
                        VECTOR_SESSION_SIG.algo())),
                SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR,
                VerificationRule.SESSION_KEY_ADDRESS,
                "address " + notAPoint + " is not the encoding of an Ed25519 curve point");
        // the identity decodes, and verify_strict refuses it as a small-order key
        assertRefused(
                verify(withAddress("01" + "00".repeat(31))),
                SessionSigErrorCode.INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE,
                VerificationRule.SESSION_SIGNATURE,
                "sig: the public key is a small-order point; Lit nodes (verify_strict) refuse it");
    }

    @Test
    void refusesAnAuthSigThatIsNoSessionSig() {
        SessionSigVerification result = verifier.verify(EOA, PKP_ANY, LitAbility.PKP_SIGNING);
        assertRefused(
                result,
                SessionSigErrorCode.INVALID_AUTH_SIG,
                VerificationRule.SESSION_SIG_KIND,
                "it is not a session sig: derivedVia \"web3.eth.personal.sign\", algo absent; a session sig has"
                        + " derivedVia \"litSessionSignViaNacl\" and algo \"ed25519\"");
    }

    @Test
    void refusesACapabilityWithAnExtraAuthSigKey() {
        AuthSig extraKey = Fixtures.signedText(
                VECTOR_SESSION_SIG.signedMessage().replace("{\"sig\":\"0x", "{\"extra\":\"1\",\"sig\":\"0x"));
        assertRefused(
                verify(extraKey),
                SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR,
                VerificationRule.SIGNED_MESSAGE_JSON,
                "its signed message is not a session-signed message:"
                        + " signedMessage.capabilities[0].extra: unknown AuthSig key; only sig, derivedVia, signedMessage,"
                        + " address and algo are allowed");
    }

    @Test
    void refusesAMessageThatIsNotJson() {
        assertRefused(
                verify(Fixtures.signedText("\"hello\"")),
                SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR,
                VerificationRule.SIGNED_MESSAGE_JSON,
                "its signed message is not a session-signed message: signedMessage: expected an object, found a string");
        SessionSigVerification notJson = verify(Fixtures.signedText("hello"));
        assertEquals(Optional.of(SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR), notJson.nodeError());
        assertTrue(
                notJson.findings()
                        .get(0)
                        .reason()
                        .startsWith("its signed message is not a session-signed message:"
                                + " signedMessage: not valid JSON: "),
                notJson.describe());
    }

    @Test
    void refusesAResourceMissingFromResourceAbilityRequests() {
        LitResource decryption = LitResource.wildcard(ResourcePrefix.ACCESS_CONTROL_CONDITION);
        assertRefused(
                verifier.verify(VECTOR_SESSION_SIG, decryption, LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION),
                SessionSigErrorCode.RESOURCE_ID_NOT_FOUND,
                VerificationRule.RESOURCE_REQUESTED,
                "no resourceAbilityRequests entry covers lit-accesscontrolcondition://* (one needs resourcePrefix"
                        + " \"lit-accesscontrolcondition\" and resource \"*\"); the entries are: lit-pkp://* pkp-signing,"
                        + " lit-litaction://* lit-action-execution");
        AuthSig onlyOnePkp = Fixtures.sessionSig(
                List.of(ResourceAbilityRequest.of(PKP_ONE, LitAbility.PKP_SIGNING)),
                List.of(EOA),
                ISSUED_AT,
                EXPIRATION,
                NODE_URL);
        assertTrue(verifier.verify(onlyOnePkp, PKP_ONE, LitAbility.PKP_SIGNING).valid());
        LitResource otherPkp = LitResource.pkp("01");
        assertRefused(
                verifier.verify(onlyOnePkp, otherPkp, LitAbility.PKP_SIGNING),
                SessionSigErrorCode.RESOURCE_ID_NOT_FOUND,
                VerificationRule.RESOURCE_REQUESTED,
                "no resourceAbilityRequests entry covers " + otherPkp.key() + " (one needs resourcePrefix \"lit-pkp\""
                        + " and resource \"*\" or \"" + otherPkp.id() + "\"); the entries are: " + PKP_ONE.key()
                        + " pkp-signing");
    }

    @Test
    void theResourceRuleDoesNotLookAtTheAbility() {
        // resourceAbilityRequests names lit-action-execution on lit-pkp://*: the node only matches the resource
        AuthSig oddAbility = Fixtures.signedText(VECTOR_SESSION_SIG
                .signedMessage()
                .replace("\"ability\":\"pkp-signing\"", "\"ability\":\"lit-action-execution\""));
        assertTrue(verifier.verify(oddAbility, PKP_ONE, LitAbility.PKP_SIGNING).valid());
    }

    @Test
    void refusesAnExpiredSession() {
        // now − 60 s is 09:59:05.123, whole second 09:59:05
        assertTrue(verify(Fixtures.withTimes("2025-01-15T09:00:00.000Z", "2025-01-15T09:59:05.000Z"))
                .valid());
        assertRefused(
                verify(Fixtures.withTimes("2025-01-15T09:00:00.000Z", "2025-01-15T09:59:04.999Z")),
                SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE,
                VerificationRule.EXPIRATION,
                "the session expired at 2025-01-15T09:59:04.999Z, 61 s before now (2025-01-15T10:00:05.123Z); at most"
                        + " 60 s of grace are allowed");
        SessionSigVerification afterExpiry = Fixtures.verifierAt(
                        VerificationMode.NODE_FAITHFUL, Instant.parse("2025-01-16T10:01:00.999Z"))
                .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID),
                afterExpiry.nodeError(),
                "within the outer grace the inner SIWE, which has none, has expired: " + afterExpiry.describe());
        assertRefused(
                Fixtures.verifierAt(VerificationMode.NODE_FAITHFUL, Instant.parse("2025-01-16T10:01:01Z"))
                        .verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING),
                SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE,
                VerificationRule.EXPIRATION,
                "the session expired at 2025-01-16T10:00:00.000Z, 61 s before now"
                        + " (2025-01-16T10:01:01Z); at most 60 s of grace are allowed");
    }

    @Test
    void refusesAnExpirationBeforeTheIssueTime() {
        assertRefused(
                verify(Fixtures.withTimes(ISSUED_AT, "2025-01-15T10:00:04.000Z")),
                SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE,
                VerificationRule.EXPIRATION,
                "expiration 2025-01-15T10:00:04.000Z is before issuedAt 2025-01-15T10:00:05.123Z");
        // whole seconds: 10:00:05.000 is not before 10:00:05.123
        assertTrue(verify(Fixtures.withTimes(ISSUED_AT, "2025-01-15T10:00:05.000Z"))
                .valid());
    }

    @Test
    void refusesAnIssueTimeBeyondTheGrace() {
        assertTrue(
                verify(Fixtures.withTimes("2025-01-15T10:01:05.999Z", EXPIRATION))
                        .valid(),
                "60 s ahead");
        assertRefused(
                verify(Fixtures.withTimes("2025-01-15T10:01:06.000Z", EXPIRATION)),
                SessionSigErrorCode.IAT_OUTSIDE_GRACE_PERIOD,
                VerificationRule.ISSUED_AT,
                "issuedAt 2025-01-15T10:01:06.000Z is 61 s after now (2025-01-15T10:00:05.123Z); at most 60 s are"
                        + " allowed");
    }

    @Test
    void refusesASessionOfMoreThanThirtyDays() {
        assertTrue(verify(Fixtures.withTimes("2025-01-15T10:00:00.000Z", "2025-02-14T10:00:00.999Z"))
                .valid());
        assertRefused(
                verify(Fixtures.withTimes("2025-01-15T10:00:00.000Z", "2025-02-14T10:00:01.000Z")),
                SessionSigErrorCode.SIWE_MESSAGE_ERROR,
                VerificationRule.MAX_VALIDITY,
                "expiration 2025-02-14T10:00:01.000Z is 2592001 s after issuedAt 2025-01-15T10:00:00.000Z; at most 30"
                        + " days (2592000 s) are allowed");
    }

    @Test
    void refusesTimesThatAreNotRfc3339() {
        assertRefused(
                verify(Fixtures.withTimes("yesterday", EXPIRATION)),
                SessionSigErrorCode.PARSER_ERROR,
                VerificationRule.ISSUED_AT,
                "signedMessage.issuedAt: not an RFC 3339 date-time with a zone:"
                        + " \"yesterday\" (expected e.g. 2025-01-15T10:00:00.000Z)");
        assertRefused(
                verify(Fixtures.withTimes(ISSUED_AT, "2025-01-16T10:00:00")),
                SessionSigErrorCode.PARSER_ERROR,
                VerificationRule.EXPIRATION,
                "signedMessage.expiration: not an RFC 3339 date-time with a zone:"
                        + " \"2025-01-16T10:00:00\" (expected e.g. 2025-01-15T10:00:00.000Z)");
        assertTrue(
                verify(Fixtures.withTimes("2025-01-15T11:00:05+01:00", EXPIRATION))
                        .valid(),
                "an offset");
    }

    @Test
    void refusesASessionSigForAnotherNode() {
        SessionSigVerifier otherNode = SessionSigVerifier.builder(
                        NodeAddress.of("15.235.83.221:7470"), VerificationMode.NODE_FAITHFUL)
                .clock(Fixtures.clockAt(NOW))
                .build();
        assertRefused(
                otherNode.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING),
                SessionSigErrorCode.NOT_AUTHORIZED,
                VerificationRule.NODE_ADDRESS,
                "nodeAddress"
                        + " \"https://15.235.83.220:7470\" (compared as \"15.235.83.220:7470\") does not match this node's"
                        + " address \"15.235.83.221:7470\"");
    }

    @Test
    void aNodeAddressCannotPrintAVerdictIntoTheReport() {
        String spoof = "https://15.235.83.220:7470\n\u001b[32msession sig VALID (node-faithful mode) for pkp-signing on"
                + " lit-pkp://*\u001b[0m\na Lit node accepts the session sig\u202e";
        AuthSig sessionSig = Fixtures.sessionSig(REQUESTS, List.of(EOA), ISSUED_AT, EXPIRATION, spoof);

        SessionSigVerification result = verifier.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);

        assertFalse(result.valid());
        String report = result.describe();
        assertFalse(report.contains("\u001b") || report.contains("\u202e") || report.contains("\r"), report);
        List<String> lines = List.of(report.split("\n"));
        assertEquals("session sig INVALID (node-faithful mode) for pkp-signing on lit-pkp://*", lines.get(0));
        assertEquals(
                1,
                lines.stream().filter(line -> line.startsWith("session sig ")).count(),
                report);
        assertFalse(lines.contains("a Lit node accepts the session sig"), report);
        assertTrue(report.contains("nodeAddress \"https://15.235.83.220:7470\\n\\u001b[32msession sig VALID"), report);
        for (String reason : result.reasons()) {
            assertFalse(reason.contains("\n") || reason.contains("\u001b"), reason);
        }
    }

    @Test
    void aHugeAddressMakesABoundedReport() {
        String huge = "0x" + "ab".repeat(5_000_000);
        AuthSig sessionSig = new AuthSig(
                VECTOR_SESSION_SIG.sig(),
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG.signedMessage(),
                huge,
                VECTOR_SESSION_SIG.algo());

        SessionSigVerification result = verifier.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);

        assertFalse(result.valid());
        assertTrue(result.describe().length() < 2_000, result.describe().length() + " characters");
        assertTrue(result.describe().contains("… (9999802 more characters)"), result.describe());
    }

    @Test
    void normalisesTheNodeAddressAsTheNodeDoes() {
        for (String url : List.of(
                "http://15.235.83.220:7470",
                " https://15.235.83.220:7470\n",
                "15.235.83.220:7470",
                "https://http://15.235.83.220:7470")) {
            assertTrue(
                    verify(Fixtures.sessionSig(REQUESTS, List.of(EOA), ISSUED_AT, EXPIRATION, url))
                            .valid(),
                    url);
        }
        for (String url : List.of(
                "https://15.235.83.220:7470/",
                "https://15.235.83.220",
                "HTTPS://15.235.83.220:7470",
                "http://https://15.235.83.220:7470")) {
            SessionSigVerification result =
                    verify(Fixtures.sessionSig(REQUESTS, List.of(EOA), ISSUED_AT, EXPIRATION, url));
            assertEquals(Optional.of(SessionSigErrorCode.NOT_AUTHORIZED), result.nodeError(), url);
        }
        SessionSigVerifier loopback = SessionSigVerifier.builder(
                        NodeAddress.of("127.0.0.1:7470"), VerificationMode.NODE_FAITHFUL)
                .clock(Fixtures.clockAt(NOW))
                .build();
        assertTrue(loopback.verify(
                        Fixtures.sessionSig(REQUESTS, List.of(EOA), ISSUED_AT, EXPIRATION, "http://localhost:7470"),
                        PKP_ANY,
                        LitAbility.PKP_SIGNING)
                .valid());
    }

    @Test
    void refusesEmptyCapabilities() {
        assertRefused(
                verify(Fixtures.withCapabilities(List.of())),
                SessionSigErrorCode.SIWE_CAPABILITY_INVALID,
                VerificationRule.CAPABILITIES_PRESENT,
                "capabilities is empty (Empty capabilities array.); a wallet or"
                        + " lit.bls AuthSig must delegate to the session key");
    }

    @Test
    void checksTheRulesInTheNodesOrder() {
        // expired, for another node and without the resource: the resource rule (§2.3) comes first
        AuthSig many = Fixtures.sessionSig(
                List.of(ResourceAbilityRequest.of(PKP_ONE, LitAbility.PKP_SIGNING)),
                List.of(),
                "2025-01-14T10:00:00.000Z",
                "2025-01-14T11:00:00.000Z",
                "https://1.1.1.1:443");
        assertEquals(
                Optional.of(SessionSigErrorCode.RESOURCE_ID_NOT_FOUND),
                verifier.verify(many, LitResource.pkp("02"), LitAbility.PKP_SIGNING)
                        .nodeError());
        assertEquals(
                Optional.of(SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE),
                verifier.verify(many, PKP_ONE, LitAbility.PKP_SIGNING).nodeError());
        AuthSig fresh = Fixtures.sessionSig(REQUESTS, List.of(), ISSUED_AT, EXPIRATION, "https://1.1.1.1:443");
        assertEquals(
                Optional.of(SessionSigErrorCode.NOT_AUTHORIZED),
                verifier.verify(fresh, PKP_ONE, LitAbility.PKP_SIGNING).nodeError());
    }

    @Test
    void refusesAnAbilityThatDoesNotApplyToTheResourceAsACallerError() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> verifier.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.LIT_ACTION_EXECUTION));
        assertEquals(
                "ability: ability \"lit-action-execution\" is not valid on resource \"lit-pkp://*\"; it applies"
                        + " only to lit-litaction resources",
                e.getMessage());
        assertThrows(
                InvalidInputException.class, () -> verifier.verify((AuthSig) null, PKP_ANY, LitAbility.PKP_SIGNING));
    }

    @Test
    void aVerificationRecordKeepsItsPromises() {
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> new SessionSigVerification(
                        false,
                        VerificationMode.STRICT,
                        PKP_ANY,
                        LitAbility.PKP_SIGNING,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty()));
        assertEquals("verification: an invalid verification names the rules that failed", noReason.getMessage());
        InvalidInputException validWithError = assertThrows(
                InvalidInputException.class,
                () -> new SessionSigVerification(
                        true,
                        VerificationMode.STRICT,
                        PKP_ANY,
                        LitAbility.PKP_SIGNING,
                        Optional.of(SessionSigErrorCode.NOT_AUTHORIZED),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty()));
        assertEquals(
                "verification: a valid verification has an accepted capability and no node error",
                validWithError.getMessage());
        Finding finding = new Finding(VerificationRule.NODE_ADDRESS, "session sig", OptionalInt.empty(), "why");
        assertEquals("session sig: why [§2.5]", finding.toString());
        assertFalse(new SessionSigVerification(
                        false,
                        VerificationMode.STRICT,
                        PKP_ANY,
                        LitAbility.PKP_SIGNING,
                        Optional.of(SessionSigErrorCode.NOT_AUTHORIZED),
                        List.of(finding),
                        List.of(),
                        Optional.empty(),
                        Optional.empty())
                .valid());
    }

    private static SessionKeyPair keyWhoseHexStartsWithZero() {
        for (int i = 0; ; i++) {
            byte[] seed = new byte[32];
            seed[0] = (byte) i;
            SessionKeyPair key = SessionKeyPair.fromSeed(seed);
            if (key.publicKey().hex().startsWith("0")) {
                return key;
            }
        }
    }

    private SessionSigVerification verify(AuthSig sessionSig) {
        return verifier.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
    }

    private static AuthSig withSig(String sig) {
        return new AuthSig(
                sig,
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG.signedMessage(),
                VECTOR_SESSION_SIG.address(),
                VECTOR_SESSION_SIG.algo());
    }

    private static AuthSig withAddress(String address) {
        return new AuthSig(
                VECTOR_SESSION_SIG.sig(),
                VECTOR_SESSION_SIG.derivedVia(),
                VECTOR_SESSION_SIG.signedMessage(),
                address,
                VECTOR_SESSION_SIG.algo());
    }

    /** Asserts that the session sig's own rule {@code rule} failed, alone, for {@code reason}. */
    static void assertRefused(
            SessionSigVerification result, SessionSigErrorCode code, VerificationRule rule, String reason) {
        assertFalse(result.valid(), result.describe());
        assertEquals(Optional.of(code), result.nodeError(), result.describe());
        assertEquals(List.of(new Finding(rule, "session sig", OptionalInt.empty(), reason)), result.findings());
        assertTrue(
                result.describe()
                        .contains("a Lit node answers " + code.wireName() + " (HTTP " + code.httpStatus() + "): "
                                + code.message() + "\n"),
                result.describe());
        assertTrue(
                result.describe().contains("  - session sig: " + reason + " [" + rule.section() + "]\n"),
                result.describe());
    }

    private record ResourceRequest(LitResource resource, LitAbility ability) {}
}
