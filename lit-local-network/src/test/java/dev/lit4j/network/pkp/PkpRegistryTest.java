package dev.lit4j.network.pkp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.network.keys.SeedSequence;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class PkpRegistryTest {
    private static final EthAddress OWNER =
            EthAddress.parseChecksummed("owner", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final EthAddress OTHER =
            EthAddress.parseChecksummed("other", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private final PkpRegistry registry = new PkpRegistry(new SeedSequence(42));

    @Test
    void mintedPkpIsConsistent() {
        Pkp pkp = registry.mint(OWNER);
        byte[] publicKey = Hex.decode("pkp", pkp.publicKey());

        assertEquals(OWNER, pkp.owner());
        assertEquals(EthAddress.ofPublicKey(publicKey), pkp.ethAddress());
        assertEquals(new BigInteger(1, Hash.sha3(publicKey)), pkp.tokenId());
        assertEquals(pkp.tokenId(), PkpRegistry.tokenIdOf(publicKey));
        assertEquals("0x" + pkp.publicKey(), pkp.publicKey0x());
        assertEquals("0x" + Hex.encode(Hash.sha3(publicKey)), pkp.tokenIdHex());
        assertEquals(Optional.of(pkp), registry.find(pkp.tokenId()));
        assertEquals(Optional.of(pkp), registry.findByPublicKey(pkp.publicKey0x()));
    }

    @Test
    void mintsAreDistinctAndReproducible() {
        Pkp first = registry.mint(OWNER);
        Pkp second = registry.mint(OWNER);
        PkpRegistry twin = new PkpRegistry(new SeedSequence(42));

        assertNotEquals(first.publicKey(), second.publicKey());
        assertEquals(first, twin.mint(OWNER));
        assertEquals(second, twin.mint(OWNER));
    }

    @Test
    void presignatureSharesOfTheSubsetSumToASignatureThatRecoversToThePkp() {
        Pkp pkp = registry.mint(OWNER);
        DataToSign digest =
                DataToSign.hashOf("message".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);
        SigningSubset subset = new SigningSubset(List.of(1, 3, 4));
        PkpPublicKey key = new PkpPublicKey(pkp.publicKey());

        EcdsaShareDealer presignature = registry.presignature(pkp.tokenId(), digest, subset, "lit_1");
        List<EcdsaSignatureShare> shares = subset.nodeIndices().stream()
                .map(index -> new EcdsaSignatureShare(
                        "node-" + index, presignature.share(digest, subset, index), presignature.bigR(), key, digest))
                .toList();

        assertEquals(
                pkp.ethAddress(),
                EcdsaShareCombiner.combine(shares, key, digest).signature().recoverAddress(digest.bytes()));
        assertEquals(
                presignature.bigR(),
                registry.presignature(pkp.tokenId(), digest, subset, "lit_1").bigR());
        assertNotEquals(
                presignature.bigR(),
                registry.presignature(pkp.tokenId(), digest, subset, "lit_2").bigR());
        assertEquals(
                "EcdsaShareDealer[R=" + presignature.bigR() + ", threshold=3, secrets=<hidden>]",
                presignature.toString());
    }

    @Test
    void presignatureRefusesUnknownTokensAndNodesOutsideTheSubset() {
        Pkp pkp = registry.mint(OWNER);
        DataToSign digest = DataToSign.ofDigest(new byte[32]);
        SigningSubset subset = new SigningSubset(List.of(0, 2));

        InvalidInputException unknown = assertThrows(
                InvalidInputException.class, () -> registry.presignature(BigInteger.TEN, digest, subset, "lit_1"));
        InvalidInputException outside = assertThrows(
                InvalidInputException.class,
                () -> registry.presignature(pkp.tokenId(), digest, subset, "lit_1")
                        .share(digest, subset, 1));

        assertEquals("tokenId: no PKP with token id 0xa was minted on this network", unknown.getMessage());
        assertEquals("nodeIndex: node 1 is not in the signing subset [0, 2]", outside.getMessage());
    }

    @Test
    void permissionsRecordTypeIdAndScopes() {
        Pkp pkp = registry.mint(OWNER);
        IpfsCid cid = IpfsCid.ofContent("code".getBytes(StandardCharsets.UTF_8));
        AuthMethodId google = AuthMethodId.ofUser("user-1", "app-1");

        registry.permitAddress(pkp.tokenId(), OTHER, AuthMethodScope.PERSONAL_SIGN);
        registry.permitAction(pkp.tokenId(), cid, AuthMethodScope.SIGN_ANYTHING, AuthMethodScope.PERSONAL_SIGN);
        registry.permitAuthMethod(pkp.tokenId(), new AuthMethodType(6), google);

        assertEquals(
                List.of(
                        new PermittedAuthMethod(
                                AuthMethodType.ETH_WALLET,
                                AuthMethodId.ethWalletAddress(OTHER),
                                Set.of(AuthMethodScope.PERSONAL_SIGN)),
                        new PermittedAuthMethod(
                                AuthMethodType.LIT_ACTION,
                                AuthMethodId.litAction(cid),
                                Set.of(AuthMethodScope.SIGN_ANYTHING, AuthMethodScope.PERSONAL_SIGN)),
                        new PermittedAuthMethod(new AuthMethodType(6), google, Set.of())),
                registry.permittedAuthMethods(pkp.tokenId()));
        assertEquals(
                Set.of(AuthMethodScope.PERSONAL_SIGN),
                registry.scopesOf(pkp.tokenId(), AuthMethodType.ETH_WALLET, AuthMethodId.ofBytes(OTHER.toBytes())));
        assertEquals(
                Set.of(),
                registry.scopesOf(pkp.tokenId(), AuthMethodType.LIT_ACTION, AuthMethodId.ethWalletAddress(OTHER)));
    }

    @Test
    void permittingAgainReplacesTheScopes() {
        Pkp pkp = registry.mint(OWNER);
        registry.permitAddress(pkp.tokenId(), OTHER, AuthMethodScope.PERSONAL_SIGN);

        registry.permitAddress(pkp.tokenId(), OTHER, AuthMethodScope.SIGN_ANYTHING);

        assertEquals(1, registry.permittedAuthMethods(pkp.tokenId()).size());
        assertEquals(
                Set.of(AuthMethodScope.SIGN_ANYTHING),
                registry.scopesOf(pkp.tokenId(), AuthMethodType.ETH_WALLET, AuthMethodId.ethWalletAddress(OTHER)));
    }

    @Test
    void pkpsAreFoundByAPermittedAuthMethodOldestMintFirst() {
        Pkp first = registry.mint(OWNER);
        Pkp second = registry.mint(OWNER);
        Pkp third = registry.mint(OWNER);
        AuthMethodId id = AuthMethodId.ethWalletLit(OTHER, true);
        registry.permitAuthMethod(third.tokenId(), AuthMethodType.ETH_WALLET, id, AuthMethodScope.PERSONAL_SIGN);
        registry.permitAuthMethod(first.tokenId(), AuthMethodType.ETH_WALLET, id, AuthMethodScope.NO_PERMISSIONS);
        registry.permitAuthMethod(second.tokenId(), AuthMethodType.LIT_ACTION, id, AuthMethodScope.PERSONAL_SIGN);

        assertEquals(List.of(first, third), registry.findByAuthMethod(AuthMethodType.ETH_WALLET, id));
        assertEquals(List.of(second), registry.findByAuthMethod(AuthMethodType.LIT_ACTION, id));
        assertEquals(
                List.of(), registry.findByAuthMethod(AuthMethodType.ETH_WALLET, AuthMethodId.ethWalletAddress(OTHER)));
    }

    @Test
    void permissionsOfUnknownTokensAreRejected() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> registry.permitAddress(BigInteger.ONE, OTHER, AuthMethodScope.PERSONAL_SIGN));

        assertEquals("tokenId", e.field());
    }

    @Test
    void authMethodIdsFollowTheNodeRules() {
        // keccak256 known answers computed with js-sha3
        assertEquals(
                "1dfbf6898c5d5df60d24439ee7e78bce96ccb727512ab447e76f9140f1fc52b7",
                AuthMethodId.ethWalletLit(OWNER, true).hex());
        assertEquals(
                "6114cf1adcc78a30d88bc5ebd3fb0a3b8d3e59472a4dfd557fcd1fc48209ffee",
                AuthMethodId.ethWalletLit(OWNER, false).hex());
        assertEquals(
                "4825e3caf11a273792ad0405524820410cd15d6323ae4621537f0a89c1322a74",
                AuthMethodId.ofUser("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "lit")
                        .hex());
        assertEquals(
                "f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                AuthMethodId.ethWalletAddress(OWNER).hex());
        IpfsCid cid = new IpfsCid("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o");
        assertArrayEquals(cid.multihash(), AuthMethodId.litAction(cid).bytes());
        assertEquals("1220", AuthMethodId.litAction(cid).hex().substring(0, 4));
    }

    @Test
    void authMethodIdMustBeLowercaseHex() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new AuthMethodId("AB"));

        assertEquals("authMethodId: expected non-empty lowercase hex, got \"AB\"", e.getMessage());
        assertThrows(InvalidInputException.class, () -> new AuthMethodId(""));
        assertThrows(InvalidInputException.class, () -> new AuthMethodType(-1));
    }

    @Test
    void privateKeysStayHidden() {
        Pkp pkp = registry.mint(OWNER);
        String secret = new SeedSequence(42).secp256k1("pkp", 0).getPrivateKey().toString(16);

        assertFalse(registry.toString().contains(secret));
        assertFalse(pkp.toString().contains(secret));
        assertEquals("PkpRegistry[1 PKPs]", registry.toString());
    }

    @Test
    void pkpValuesAreValidated() {
        Pkp pkp = registry.mint(OWNER);

        InvalidInputException address =
                assertThrows(InvalidInputException.class, () -> new Pkp(pkp.tokenId(), pkp.publicKey(), OTHER, OWNER));
        assertEquals("pkp.ethAddress: " + OTHER + " is not the address of the public key", address.getMessage());

        InvalidInputException compressed =
                assertThrows(InvalidInputException.class, () -> PkpRegistry.tokenIdOf(new byte[33]));
        assertEquals("pkpPublicKey", compressed.field());
    }
}
