package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The Ledger contract of a Naga-mode {@link LocalLitNetwork}: who can pay the nodes (node spec §2.11). Unmetered
 * (the default), every payer can pay and nothing is charged, so any client just works; metered, a payer has the
 * balance {@link #deposit deposited} for it, each node charges its price when it serves a request, and a request no
 * one can pay is refused with {@code PaymentFailed} (402). Thread-safe.
 */
public final class NagaLedger {
    private final boolean metered;
    private final Map<EthAddress, BigInteger> balances = new HashMap<>();

    private NagaLedger(boolean metered) {
        this.metered = metered;
    }

    /** A ledger where everyone pays and nothing is charged. */
    static NagaLedger unmetered() {
        return new NagaLedger(false);
    }

    /** A ledger where every balance starts at zero. */
    static NagaLedger metered() {
        return new NagaLedger(true);
    }

    /** Whether balances are kept and charged. */
    public boolean isMetered() {
        return metered;
    }

    /**
     * Adds {@code wei} to {@code payer}'s balance.
     *
     * @throws InvalidInputException if an argument is null, {@code wei} is negative, or the ledger is unmetered
     */
    public synchronized void deposit(EthAddress payer, BigInteger wei) {
        InvalidInputException.requireNonNull("payer", payer);
        InvalidInputException.requireNonNull("wei", wei);
        if (wei.signum() < 0) {
            throw new InvalidInputException("wei", "a deposit is not negative, got " + wei);
        }
        if (!metered) {
            throw new InvalidInputException(
                    "ledger",
                    "this network's ledger is unmetered (everyone pays); build it"
                            + " with LocalLitNetwork.Builder.meteredLedger() to keep balances");
        }
        balances.merge(payer, wei, BigInteger::add);
    }

    /** {@code payer}'s balance in wei; zero if it has none (unmetered: always zero). */
    public synchronized BigInteger balance(EthAddress payer) {
        return balances.getOrDefault(InvalidInputException.requireNonNull("payer", payer), BigInteger.ZERO);
    }

    /** Charges {@code price} to {@code payer} if it can pay it (unmetered: always); whether it could. */
    synchronized boolean charge(EthAddress payer, BigInteger price) {
        if (!metered) {
            return true;
        }
        BigInteger balance = balance(payer);
        if (balance.compareTo(price) < 0) {
            return false;
        }
        balances.put(payer, balance.subtract(price));
        return true;
    }

    @Override
    public synchronized String toString() {
        return "NagaLedger[" + (metered ? balances.size() + " balances" : "unmetered") + "]";
    }
}
