package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of session sigs: for each node URL, the {@link SessionSig} that node accepts (the JS
 * {@code SessionSigsMap}). A request to node <i>X</i> carries the entry keyed by <i>X</i>'s exact URL.
 *
 * <p>Immutable; iteration keeps the order the entries were given in, which {@link SessionSigsJson}
 * writes back. Every entry is signed by the same session key.
 *
 * @param byNodeUrl the entries by node URL (e.g. {@code https://15.235.83.220:7470}); not empty
 */
public record SessionSigs(Map<String, SessionSig> byNodeUrl) {
    private static final String FIELD = "sessionSigs";

    public SessionSigs {
        InvalidInputException.requireNonNull(FIELD, byNodeUrl);
        if (byNodeUrl.isEmpty()) {
            throw new InvalidInputException(
                    FIELD, "has no entries; there must be a session sig for at least one" + " node");
        }
        SessionPublicKey sessionKey = null;
        for (Map.Entry<String, SessionSig> entry : byNodeUrl.entrySet()) {
            String nodeUrl = entry.getKey();
            if (nodeUrl == null || nodeUrl.isBlank()) {
                throw new InvalidInputException(
                        FIELD,
                        "has a blank node URL; each key must be a node URL such as" + " https://15.235.83.220:7470");
            }
            InvalidInputException.requireNonNull(FIELD + "[" + nodeUrl + "]", entry.getValue());
            SessionPublicKey key = entry.getValue().sessionKey();
            if (sessionKey == null) {
                sessionKey = key;
            } else if (!sessionKey.equals(key)) {
                throw new InvalidInputException(
                        FIELD + "[" + nodeUrl + "].address",
                        "is session key " + key
                                + ", but the earlier entries are signed by " + sessionKey
                                + "; one set of session sigs has"
                                + " one session key");
            }
        }
        byNodeUrl = Collections.unmodifiableMap(new LinkedHashMap<>(byNodeUrl));
    }

    /** The entry for the node reached at exactly {@code nodeUrl}, if there is one. */
    public Optional<SessionSig> forNode(String nodeUrl) {
        return Optional.ofNullable(byNodeUrl.get(nodeUrl));
    }

    /** The node URLs, in order. */
    public List<String> nodeUrls() {
        return List.copyOf(byNodeUrl.keySet());
    }

    /** The session key that signed every entry. */
    public SessionPublicKey sessionKey() {
        return byNodeUrl.values().iterator().next().sessionKey();
    }
}
