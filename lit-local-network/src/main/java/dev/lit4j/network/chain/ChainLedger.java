package dev.lit4j.network.chain;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account and token state of the local chain that access control conditions read: native balances
 * ({@code eth_getBalance}), ERC-20 balances and ERC-721 owners. A test sets it up; the nodes read it when
 * they check conditions. A token contract exists once some state has been set for it; calling one that
 * does not is an error, as a call to an address without code is on a real chain.
 *
 * <p>Amounts are unsigned 256-bit integers, as on Ethereum. Thread-safe.
 */
public final class ChainLedger {
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final Map<EthAddress, BigInteger> balances = new ConcurrentHashMap<>();
    private final Map<EthAddress, Map<EthAddress, BigInteger>> erc20 = new ConcurrentHashMap<>();
    private final Map<EthAddress, Map<BigInteger, EthAddress>> erc721 = new ConcurrentHashMap<>();

    /** Sets the native balance of {@code account}, in wei. */
    public void setBalance(EthAddress account, BigInteger wei) {
        balances.put(InvalidInputException.requireNonNull("account", account), uint256("wei", wei));
    }

    /** The native balance of {@code account} in wei; 0 if never set. */
    public BigInteger balance(EthAddress account) {
        return balances.getOrDefault(account, BigInteger.ZERO);
    }

    /** Sets {@code holder}'s balance of the ERC-20 token at {@code token}, which then exists. */
    public void setErc20Balance(EthAddress token, EthAddress holder, BigInteger amount) {
        InvalidInputException.requireNonNull("token", token);
        InvalidInputException.requireNonNull("holder", holder);
        erc20.computeIfAbsent(token, t -> new ConcurrentHashMap<>()).put(holder, uint256("amount", amount));
    }

    /** {@code balanceOf(holder)} of the ERC-20 token at {@code token}; empty if no such token exists. */
    public Optional<BigInteger> erc20Balance(EthAddress token, EthAddress holder) {
        return Optional.ofNullable(erc20.get(token)).map(holders -> holders.getOrDefault(holder, BigInteger.ZERO));
    }

    /** Makes {@code owner} the owner of token {@code tokenId} of the ERC-721 contract at {@code contract}. */
    public void setErc721Owner(EthAddress contract, BigInteger tokenId, EthAddress owner) {
        InvalidInputException.requireNonNull("contract", contract);
        InvalidInputException.requireNonNull("owner", owner);
        erc721.computeIfAbsent(contract, c -> new ConcurrentHashMap<>()).put(uint256("tokenId", tokenId), owner);
    }

    /**
     * {@code ownerOf(tokenId)} of the ERC-721 contract at {@code contract}.
     *
     * @return empty if no such contract exists
     * @throws InvalidInputException naming {@code tokenId} if the contract has no such token (a real
     *     {@code ownerOf} reverts)
     */
    public Optional<EthAddress> erc721Owner(EthAddress contract, BigInteger tokenId) {
        Map<BigInteger, EthAddress> owners = erc721.get(contract);
        if (owners == null) {
            return Optional.empty();
        }
        EthAddress owner = owners.get(tokenId);
        if (owner == null) {
            throw new InvalidInputException(
                    "tokenId",
                    "ownerOf(" + tokenId + ") reverts: the ERC-721 contract " + contract.checksummed()
                            + " has no such token");
        }
        return Optional.of(owner);
    }

    /** {@code balanceOf(holder)} of the ERC-721 contract at {@code contract}; empty if no such contract exists. */
    public Optional<BigInteger> erc721Balance(EthAddress contract, EthAddress holder) {
        return Optional.ofNullable(erc721.get(contract))
                .map(owners -> BigInteger.valueOf(
                        owners.values().stream().filter(holder::equals).count()));
    }

    private static BigInteger uint256(String field, BigInteger value) {
        InvalidInputException.requireNonNull(field, value);
        if (value.signum() < 0 || value.compareTo(MAX_UINT256) > 0) {
            throw new InvalidInputException(field, "must be a uint256 (0 to 2^256 - 1), got " + value);
        }
        return value;
    }
}
