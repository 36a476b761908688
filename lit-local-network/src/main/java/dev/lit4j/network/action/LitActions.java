package dev.lit4j.network.action;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.internal.StrictUtf8;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lit Actions of a local network: a registry standing in for IPFS (code registered here can be
 * named by its CID in {@code litActionIpfsId}) and the runner that executes them.
 *
 * <p>Thread-safe.
 */
public final class LitActions {
    private final Map<IpfsCid, LitActionCode> registry = new ConcurrentHashMap<>();
    private final LitActionRunner runner;

    /** Lit Actions run by {@code runner}. */
    public LitActions(LitActionRunner runner) {
        this.runner = InvalidInputException.requireNonNull("runner", runner);
    }

    /**
     * Makes {@code code} known under its CID, as pinning it to IPFS would.
     *
     * @return the code's CIDv0
     * @throws InvalidInputException if the code is larger than {@link IpfsCid#MAX_SINGLE_CHUNK_BYTES} bytes
     */
    public IpfsCid register(String code) {
        LitActionCode action = LitActionCode.of(code);
        registry.put(action.cid(), action);
        return action.cid();
    }

    /** The registered code with this CID. */
    public Optional<LitActionCode> find(IpfsCid cid) {
        return Optional.ofNullable(registry.get(cid));
    }

    /**
     * The action a request names, from its {@code code} (standard base64 of the UTF-8 source) or its
     * {@code litActionIpfsId} (a CID registered here). Exactly one of the two must be given.
     *
     * @throws InvalidInputException naming {@code code} or {@code litActionIpfsId} if both or neither are
     *     given, the base64 or UTF-8 is malformed, the code is too large, or the CID is malformed or unknown
     */
    public LitActionCode resolve(String codeBase64, String ipfsId) {
        if (codeBase64 != null && ipfsId != null) {
            throw new InvalidInputException("code", "give either code or litActionIpfsId, not both");
        }
        if (codeBase64 != null) {
            return LitActionCode.of(decodeSource(codeBase64));
        }
        if (ipfsId != null) {
            IpfsCid cid = IpfsCid.parse("litActionIpfsId", ipfsId);
            return find(cid)
                    .orElseThrow(() -> new InvalidInputException(
                            "litActionIpfsId",
                            "no code with CID " + cid
                                    + " is registered; register it with LocalLitNetwork.actions().register(code)"));
        }
        throw new InvalidInputException("code", "neither code nor litActionIpfsId is given");
    }

    /**
     * Runs an action.
     *
     * @throws LitActionException if it throws or runs out of time
     * @see LitActionRunner#run
     */
    public LitActionResult run(LitActionCode code, JsonObject jsParams, LitAuthContext auth) {
        return runner.run(code, jsParams, auth);
    }

    /**
     * Runs an action whose signing calls {@code host} serves.
     *
     * @throws LitActionException if it throws or passes a limit
     * @see LitActionRunner#run(LitActionCode, JsonObject, LitAuthContext, LitActionHost)
     */
    public LitActionResult run(LitActionCode code, JsonObject jsParams, LitAuthContext auth, LitActionHost host) {
        return runner.run(code, jsParams, auth, host);
    }

    private static String decodeSource(String codeBase64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(codeBase64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("code", "is not standard base64: " + e.getMessage(), e);
        }
        return StrictUtf8.decode("code", bytes, "the decoded source");
    }
}
