package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.verify.CapacityDelegationGrant;
import dev.lit4j.domain.verify.CapacityDelegationReader;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lit4j capacity-delegation}, and the delegation carried by a session and read back by {@code inspect}. */
class CapacityDelegationCommandTest {
    private static final EthAddress OWNER = EthAddress.parseChecksummed("owner", FlowVector.WALLET);

    @TempDir
    Path home;

    private Path ownerKey;

    @BeforeEach
    void ownerKey() throws IOException {
        ownerKey = home.resolve("owner.key");
        Files.writeString(ownerKey, FakeWalletSigner.HARDHAT_KEY_0);
    }

    @Test
    void printsADelegationSignedByTheOwnerThatASessionCarries() throws IOException {
        Cli.Run run = Cli.run(
                "capacity-delegation",
                "--home",
                home.toString(),
                "--wallet-key-file",
                ownerKey.toString(),
                "--token-id",
                "25364",
                "--delegatee",
                FlowVector.DELEGATEE,
                "--uses",
                "100");

        assertEquals(0, run.exitCode(), run.err());
        AuthSig delegation = AuthSigJson.parse("out", run.out().strip());
        PersonalSignatureVerifier.verify("sig", delegation.signedMessage(), delegation.sig(), OWNER);
        assertEquals(FlowVector.WALLET, delegation.address());
        SiweMessage siwe = SiweMessage.parse(delegation.signedMessage());
        assertEquals("lit:capability:delegation", siwe.uri());
        assertEquals(
                Duration.ofDays(7),
                Duration.between(
                        siwe.issuedAtInstant(), siwe.expirationTimeInstant().orElseThrow()));
        assertEquals(
                List.of(new CapacityDelegationGrant(
                        0,
                        OWNER,
                        "lit-ratelimitincrease://25364",
                        Optional.of(List.of("25364")),
                        Optional.of(List.of("70997970C51812dc3A010C7d01b50e0d17dc79C8")),
                        Optional.of("100"),
                        Optional.of(siwe.expirationTime()))),
                CapacityDelegationReader.read(0, delegation).grants());
        assertTrue(
                run.err()
                        .contains("lit4j: " + FlowVector.WALLET + " delegates lit-ratelimitincrease://25364 to "
                                + FlowVector.DELEGATEE + ", 100 uses\n"),
                run.err());

        Path file = home.resolve("delegation.json");
        Files.writeString(file, run.out());
        Cli.Run session = Cli.run(
                "session-sigs",
                "--home",
                home.toString(),
                "--store",
                "memory",
                "--capacity-delegation",
                file.toString());
        assertEquals(0, session.exitCode(), session.err());
        SessionSigs sigs = SessionSigsJson.parse(session.out());
        String url = sigs.nodeUrls().get(0);
        assertEquals(
                delegation,
                SessionSignedMessage.parse(sigs.forNode(url).orElseThrow().signedMessage())
                        .capabilities()
                        .get(0),
                "the delegation comes first, the wallet's AuthSig last");
        SessionSigVerification spend = SessionSigVerifier.builder(NodeAddress.fromUrl(url), VerificationMode.STRICT)
                .build()
                .verifyWithCapacityDelegation(
                        sigs.forNode(url).orElseThrow().authSig(),
                        LitResource.parse("lit-pkp://*"),
                        LitAbility.PKP_SIGNING,
                        EthAddress.parseChecksummed("delegatee", FlowVector.DELEGATEE));
        assertTrue(spend.valid(), spend.describe());

        Path sessionFile = home.resolve("session.json");
        Files.writeString(sessionFile, session.out());
        Cli.Run inspect = Cli.run("inspect", sessionFile.toString());
        assertTrue(
                inspect.out()
                        .contains("\ndelegations\n  capability 0 delegates lit-ratelimitincrease://25364 of "
                                + FlowVector.WALLET
                                + ": NFTs 25364; delegatees 70997970C51812dc3A010C7d01b50e0d17dc79C8; uses 100;"
                                + " expires " + siwe.expirationTime() + " (in 6d 23h 59m"),
                inspect.out());
    }

    @Test
    void withoutRestrictionsAnyoneMaySpendEveryNftUntilTheGivenTime() {
        Cli.Run run = Cli.run(
                "capacity-delegation",
                "--home",
                home.toString(),
                "--wallet-key-file",
                ownerKey.toString(),
                "--expiration",
                "2099-01-01T00:00:00Z");

        assertEquals(0, run.exitCode(), run.err());
        AuthSig delegation = AuthSigJson.parse("out", run.out().strip());
        assertEquals(
                "2099-01-01T00:00:00.000Z",
                SiweMessage.parse(delegation.signedMessage()).expirationTime());
        CapacityDelegationGrant grant =
                CapacityDelegationReader.read(0, delegation).grants().get(0);
        assertEquals("lit-ratelimitincrease://*", grant.resource());
        assertEquals(Optional.empty(), grant.delegatees());
        assertTrue(run.err().contains(" delegates lit-ratelimitincrease://* to anyone, unlimited uses\n"), run.err());
    }

    @Test
    void malformedRestrictionsFailBeforeAnyNetworkStarts() {
        Cli.Run run = Cli.run("capacity-delegation", "--home", home.toString(), "--token-id", "63a4");
        assertEquals(2, run.exitCode());
        assertEquals(
                "lit4j capacity-delegation: Invalid value for option '--token-id': expected a decimal token id"
                        + " (e.g. 25364) or 0x and up to 64 hex digits (e.g. 0x6314), got \"63a4\"\n"
                        + "Try 'lit4j capacity-delegation --help' for more information.\n",
                run.err());

        Cli.Run delegatee = Cli.run("capacity-delegation", "--home", home.toString(), "--delegatee", "bob");
        assertEquals(2, delegatee.exitCode());
        assertEquals(
                "lit4j capacity-delegation: Invalid value for option '--delegatee' (ADDRESS): expected 0x followed"
                        + " by 40 hex digits, got \"bob\"",
                delegatee.firstErrorLine());

        Cli.Run uses = Cli.run("capacity-delegation", "--home", home.toString(), "--uses", "0");
        assertEquals(2, uses.exitCode());
        assertEquals(
                "lit4j capacity-delegation: Invalid value for option '--uses': expected a positive decimal number"
                        + " (e.g. 10), got \"0\"",
                uses.firstErrorLine());
    }

    @Test
    void anExpirationInThePastFails() {
        Cli.Run run = Cli.run(
                "capacity-delegation",
                "--home",
                home.toString(),
                "--wallet-key-file",
                ownerKey.toString(),
                "--expiration",
                "2020-01-01T00:00:00Z");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.failureLine()
                        .startsWith("lit4j capacity-delegation: Invalid value for option '--expiration':"
                                + " 2020-01-01T00:00:00.000Z is not in the future (now is "),
                run.err());
    }
}
