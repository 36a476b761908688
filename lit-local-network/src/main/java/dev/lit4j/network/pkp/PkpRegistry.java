package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.network.keys.SeedSequence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * The PKPs of a local network, standing in for the PKPNFT and PKPPermissions contracts: it mints PKPs
 * (real secp256k1 key pairs, generated from the network's seed and held here), records their owners
 * and permitted auth methods, and deals the threshold ECDSA presignatures its nodes sign with.
 *
 * <p>Private keys never leave this object and never appear in a {@code toString()}. Thread-safe.
 */
public final class PkpRegistry {
    private final SeedSequence seeds;
    private final AtomicLong minted = new AtomicLong();
    private final Map<BigInteger, Entry> entries = new ConcurrentHashMap<>();

    /** An empty registry whose keys come from {@code seeds}. */
    public PkpRegistry(SeedSequence seeds) {
        this.seeds = InvalidInputException.requireNonNull("seeds", seeds);
    }

    /** The token id of a PKP: {@code keccak256} of its 65-byte uncompressed public key. */
    public static BigInteger tokenIdOf(byte[] uncompressedPublicKey) {
        if (uncompressedPublicKey.length != 65 || uncompressedPublicKey[0] != 0x04) {
            throw new InvalidInputException(
                    "pkpPublicKey",
                    "expected an uncompressed secp256k1 key (65 bytes" + " starting with 04), got "
                            + uncompressedPublicKey.length + " bytes");
        }
        return new BigInteger(1, Hash.sha3(uncompressedPublicKey));
    }

    /** Mints a PKP owned by {@code owner}. */
    public Pkp mint(EthAddress owner) {
        InvalidInputException.requireNonNull("owner", owner);
        long number = minted.getAndIncrement();
        ECKeyPair key = seeds.secp256k1("pkp", number);
        byte[] publicKey = Sign.publicPointFromPrivate(key.getPrivateKey()).getEncoded(false);
        Pkp pkp = new Pkp(tokenIdOf(publicKey), Hex.encode(publicKey), EthAddress.ofPublicKey(publicKey), owner);
        entries.put(pkp.tokenId(), new Entry(pkp, key, number));
        return pkp;
    }

    /** The PKP with this token id. */
    public Optional<Pkp> find(BigInteger tokenId) {
        Entry entry = tokenId == null ? null : entries.get(tokenId);
        return entry == null ? Optional.empty() : Optional.of(entry.pkp);
    }

    /**
     * The PKP with this uncompressed public key (hex, {@code 0x} optional).
     *
     * @throws InvalidInputException naming {@code pkpPublicKey} if the text is not such a key
     */
    public Optional<Pkp> findByPublicKey(String publicKeyHex) {
        return find(tokenIdOf(Hex.decodeOptional0x("pkpPublicKey", publicKeyHex, 65)));
    }

    /**
     * The PKPs that permit this auth method (with any scopes), oldest mint first: what the contract's
     * {@code getTokenIdsForAuthMethod} lists, by which a node finds the PKP of a request that names none.
     */
    public List<Pkp> findByAuthMethod(AuthMethodType type, AuthMethodId id) {
        InvalidInputException.requireNonNull("type", type);
        InvalidInputException.requireNonNull("id", id);
        MethodKey key = new MethodKey(type, id);
        List<Entry> permitting = new ArrayList<>();
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                if (entry.permitted.containsKey(key)) {
                    permitting.add(entry);
                }
            }
        }
        permitting.sort(Comparator.comparingLong(entry -> entry.mintNumber));
        return permitting.stream().map(entry -> entry.pkp).toList();
    }

    /**
     * Permits an auth method to use the PKP with these scopes, replacing the scopes it had.
     *
     * @throws InvalidInputException if no PKP has this token id
     */
    public void permitAuthMethod(BigInteger tokenId, AuthMethodType type, AuthMethodId id, AuthMethodScope... scopes) {
        InvalidInputException.requireNonNull("type", type);
        InvalidInputException.requireNonNull("id", id);
        Entry entry = require(tokenId);
        PermittedAuthMethod permitted = new PermittedAuthMethod(type, id, Set.of(scopes));
        synchronized (entry) {
            entry.permitted.put(new MethodKey(type, id), permitted);
        }
    }

    /**
     * Permits an Ethereum address (an EthWallet method with the 20 address bytes as id), like the
     * contract's {@code addPermittedAddress}.
     */
    public void permitAddress(BigInteger tokenId, EthAddress address, AuthMethodScope... scopes) {
        permitAuthMethod(tokenId, AuthMethodType.ETH_WALLET, AuthMethodId.ethWalletAddress(address), scopes);
    }

    /** Permits a Lit Action (a type-2 method with the CID's bytes as id), like {@code addPermittedAction}. */
    public void permitAction(BigInteger tokenId, IpfsCid cid, AuthMethodScope... scopes) {
        permitAuthMethod(tokenId, AuthMethodType.LIT_ACTION, AuthMethodId.litAction(cid), scopes);
    }

    /**
     * The auth methods the PKP permits, in the order they were first permitted.
     *
     * @throws InvalidInputException if no PKP has this token id
     */
    public List<PermittedAuthMethod> permittedAuthMethods(BigInteger tokenId) {
        Entry entry = require(tokenId);
        synchronized (entry) {
            return List.copyOf(new ArrayList<>(entry.permitted.values()));
        }
    }

    /**
     * The scopes the PKP grants this auth method; empty if it does not permit it.
     *
     * @throws InvalidInputException if no PKP has this token id
     */
    public Set<AuthMethodScope> scopesOf(BigInteger tokenId, AuthMethodType type, AuthMethodId id) {
        Entry entry = require(tokenId);
        synchronized (entry) {
            PermittedAuthMethod permitted = entry.permitted.get(new MethodKey(type, id));
            return permitted == null ? Set.of() : permitted.scopes();
        }
    }

    /**
     * The presignature of one threshold ECDSA signing round of the PKP ({@link EcdsaShareDealer}): the nonce
     * point R and each signing node's share of {@code s}. Every node asking with the same round gets the same
     * R and consistent shares; another digest, round id or subset gives another nonce.
     *
     * @param digest what is signed
     * @param subset the signing nodes (its size is the threshold the shares are dealt for)
     * @param roundId what tells rounds apart, e.g. the request's {@code X-Request-Id}
     * @throws InvalidInputException if no PKP has this token id
     */
    public EcdsaShareDealer presignature(BigInteger tokenId, DataToSign digest, SigningSubset subset, String roundId) {
        Entry entry = require(tokenId);
        InvalidInputException.requireNonNull("digest", digest);
        InvalidInputException.requireNonNull("subset", subset);
        InvalidInputException.requireNonNull("roundId", roundId);
        byte[] seed = seeds.bytes32(
                "ecdsa-presignature|" + tokenId.toString(16) + "|" + digest.hex() + "|" + subset.nodeIndices() + "|"
                        + roundId,
                entry.mintNumber);
        return EcdsaShareDealer.fromSeed(entry.key.getPrivateKey(), seed, subset.size());
    }

    @Override
    public String toString() {
        return "PkpRegistry[" + entries.size() + " PKPs]";
    }

    private Entry require(BigInteger tokenId) {
        InvalidInputException.requireNonNull("tokenId", tokenId);
        Entry entry = entries.get(tokenId);
        if (entry == null) {
            throw new InvalidInputException(
                    "tokenId", "no PKP with token id 0x" + tokenId.toString(16) + " was minted on this network");
        }
        return entry;
    }

    private record MethodKey(AuthMethodType type, AuthMethodId id) {}

    private static final class Entry {
        private final Pkp pkp;
        private final ECKeyPair key;
        private final long mintNumber;
        private final Map<MethodKey, PermittedAuthMethod> permitted = new LinkedHashMap<>();

        private Entry(Pkp pkp, ECKeyPair key, long mintNumber) {
            this.pkp = pkp;
            this.key = key;
            this.mintNumber = mintNumber;
        }

        @Override
        public String toString() {
            return "Entry[" + pkp + ", key=<hidden>]";
        }
    }
}
