package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.verify.CapabilityCheck;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j pkp-session-sigs} end to end: the nodes check the wallet or run the Lit Action, and BLS-sign. */
class PkpSessionSigsCommandTest {
    private static final Pattern NETWORK_KEY = Pattern.compile("network key ([0-9a-f]{96})");
    private static final Pattern MINTED = Pattern.compile("minted PKP (0x04[0-9a-f]{128})");

    @TempDir
    Path home;

    @Test
    void thePkpMintedForTheWalletIsAuthorisedByItsEthWalletAuthMethod() {
        Cli.Run run = Cli.run("pkp-session-sigs", "--home", home.toString());

        assertEquals(0, run.exitCode(), run.err());
        PkpPublicKey pkp = PkpPublicKey.parse("minted", find(MINTED, run.err()));
        assertValidForThePkp(run, pkp, BlsPublicKey.parse("key", find(NETWORK_KEY, run.err())));
    }

    @Test
    void aLitActionDecidesInsteadOfTheWallet() throws IOException {
        Path action = home.resolve("action.js");
        Files.writeString(action, "Lit.Actions.setResponse({response: String(magicNumber === 42)});");

        Cli.Run run = Cli.run(
                "pkp-session-sigs",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--lit-action",
                action.toString(),
                "--js-params",
                "{\"magicNumber\":42}");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("lit4j: permitted Lit Action Qm"), run.err());
        assertValidForThePkp(
                run,
                PkpPublicKey.parse("minted", find(MINTED, run.err())),
                BlsPublicKey.parse("key", find(NETWORK_KEY, run.err())));
    }

    @Test
    void aLitActionThatSaysNoIsRefusedByTheNodes() throws IOException {
        Path action = home.resolve("action.js");
        Files.writeString(action, "Lit.Actions.setResponse({response: String(magicNumber === 42)});");

        Cli.Run run = Cli.run(
                "pkp-session-sigs",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--lit-action",
                action.toString(),
                "--js-params",
                "{\"magicNumber\":41}");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.failureLine().startsWith("lit4j pkp-session-sigs: "), run.err());
        assertTrue(run.err().contains("NodeLitActionsSessionSigAuthenticationFailed"), run.err());
    }

    @Test
    void aRefusingLitActionIsRunEvenAfterAnEthWalletSessionOfThePkpWasStored() throws IOException {
        Path keyFile = home.resolve("owner.key");
        Files.writeString(keyFile, FakeWalletSigner.HARDHAT_KEY_0);
        String denyAll = "Lit.Actions.setResponse({response: 'no'});";
        Path action = home.resolve("deny.js");
        Files.writeString(action, denyAll);
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(3).build()) {
            Pkp pkp = network.pkps().mint(EthAddress.parseChecksummed("owner", FlowVector.WALLET));
            network.pkps()
                    .permitAction(pkp.tokenId(), network.actions().register(denyAll), AuthMethodScope.PERSONAL_SIGN);
            String urls = String.join(",", network.nodeUrls());
            Cli.Run wallet = Cli.run(
                    "pkp-session-sigs",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString(),
                    "--pkp-public-key",
                    pkp.publicKey0x());
            assertEquals(0, wallet.exitCode(), wallet.err());

            Cli.Run denied = Cli.run(
                    "pkp-session-sigs",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString(),
                    "--pkp-public-key",
                    pkp.publicKey0x(),
                    "--lit-action",
                    action.toString());

            assertEquals(1, denied.exitCode(), denied.err());
            assertEquals("", denied.out());
            assertTrue(denied.failureLine().startsWith("lit4j pkp-session-sigs: "), denied.err());
            assertTrue(denied.err().contains("NodeLitActionsSessionSigAuthenticationFailed"), denied.err());
        }
    }

    @Test
    void onNodesGivenByUrlThePkpIsGiven() throws IOException {
        Path keyFile = home.resolve("owner.key");
        Files.writeString(keyFile, FakeWalletSigner.HARDHAT_KEY_0);
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(4).build()) {
            Pkp pkp = network.pkps().mint(EthAddress.parseChecksummed("owner", FlowVector.WALLET));
            String urls = String.join(",", network.nodeUrls());

            Cli.Run run = Cli.run(
                    "pkp-session-sigs",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString(),
                    "--pkp-public-key",
                    pkp.publicKey0x());

            assertEquals(0, run.exitCode(), run.err());
            SessionSigs sigs = assertValidForThePkp(
                    run,
                    new PkpPublicKey(pkp.publicKey()),
                    BlsPublicKey.parse("key", network.keys().blsPublicKey()));
            assertEquals(network.nodeUrls().size(), sigs.nodeUrls().size());

            Cli.Run unnamed = Cli.run(
                    "pkp-session-sigs",
                    "--home",
                    home.toString(),
                    "--network",
                    urls,
                    "--wallet-key-file",
                    keyFile.toString());
            assertEquals(1, unnamed.exitCode());
            assertEquals(
                    "lit4j pkp-session-sigs: --pkp-public-key: is required on this network; only the embedded"
                            + " local network (--network local) mints a PKP",
                    unnamed.failureLine());
        }
    }

    @Test
    void malformedPkpInputsFailBeforeAnyNetworkStarts() {
        Cli.Run params = Cli.run("pkp-session-sigs", "--home", home.toString(), "--js-params", "{}");
        assertEquals(2, params.exitCode());
        assertEquals(
                "lit4j pkp-session-sigs: --js-params are the Lit Action's parameters; give --lit-action too\n"
                        + "Try 'lit4j pkp-session-sigs --help' for more information.\n",
                params.err());

        Cli.Run notObject = Cli.run(
                "pkp-session-sigs",
                "--home",
                home.toString(),
                "--lit-action",
                FlowVector.mapFile().toString(),
                "--js-params",
                "[42]");
        assertEquals(2, notObject.exitCode());
        assertEquals(
                "lit4j pkp-session-sigs: Invalid value for option '--js-params': expected a JSON object, got array",
                notObject.firstErrorLine());

        Cli.Run truncated = Cli.run(
                "pkp-session-sigs",
                "--home",
                home.toString(),
                "--lit-action",
                FlowVector.mapFile().toString(),
                "--js-params",
                "{\"a\":");
        assertEquals(2, truncated.exitCode());
        assertEquals(
                "lit4j pkp-session-sigs: Invalid value for option '--js-params': not valid JSON: truncated: the"
                        + " text ends at line 1 column 6, inside a value",
                truncated.firstErrorLine());

        Cli.Run key = Cli.run("pkp-session-sigs", "--home", home.toString(), "--pkp-public-key", "0x02ab");
        assertEquals(2, key.exitCode());
        assertEquals(
                "lit4j pkp-session-sigs: Invalid value for option '--pkp-public-key': expected an uncompressed"
                        + " secp256k1 key: 65 bytes (130 hex digits) starting 04, got 2 bytes starting 02",
                key.firstErrorLine());

        Cli.Run action = Cli.run(
                "pkp-session-sigs",
                "--home",
                home.toString(),
                "--lit-action",
                home.resolve("absent.js").toString());
        assertEquals(1, action.exitCode());
        assertTrue(action.err().startsWith("lit4j pkp-session-sigs: --lit-action: cannot read "), action.err());
    }

    private static SessionSigs assertValidForThePkp(Cli.Run run, PkpPublicKey pkp, BlsPublicKey networkKey) {
        SessionSigs sigs = SessionSigsJson.parse(run.out());
        for (String url : sigs.nodeUrls()) {
            SessionSigVerification result = SessionSigVerifier.builder(
                            NodeAddress.fromUrl(url), VerificationMode.STRICT)
                    .networkKey(networkKey)
                    .build()
                    .verify(sigs.forNode(url).orElseThrow(), LitResource.pkp(pkp.tokenId()), LitAbility.PKP_SIGNING);
            assertTrue(result.valid(), result.describe());
            CapabilityCheck accepted = result.acceptedCapability().orElseThrow();
            assertEquals(AuthSigKind.BLS_NETWORK, accepted.kind(), "the nodes' combined lit.bls AuthSig");
            assertEquals(pkp.ethAddress().checksummed(), accepted.address());
        }
        return sigs;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
