package dev.lit4j.adapters.node;

import java.util.List;
import java.util.Optional;

/**
 * The active, unkicked validators of a Datil network and how many of them must agree (client spec §8.2).
 *
 * @param epoch the current epoch
 * @param minNodeCount the threshold ({@code currentValidatorCountForConsensus})
 * @param validators the validators' addresses, in contract order
 */
record ValidatorSet(StakingEpoch epoch, int minNodeCount, List<Validator> validators) {

    ValidatorSet {
        validators = List.copyOf(validators);
    }

    /**
     * One validator's public address.
     *
     * @param ip the IPv4 address as the contract's big-endian {@code uint32}
     * @param port the TCP port, 1..65535
     */
    record Validator(long ip, int port) {
        /** The dotted quad of {@link #ip()}, e.g. {@code 15.235.83.220}. */
        String dottedQuad() {
            return ((ip >>> 24) & 0xff) + "." + ((ip >>> 16) & 0xff) + "." + ((ip >>> 8) & 0xff) + "." + (ip & 0xff);
        }

        /**
         * The node URL: {@code protocol + ip + ':' + port}, where the protocol is the forced one if any,
         * else https for port 443 and the network's default otherwise.
         */
        String url(LitNetwork network, Optional<String> forcedScheme) {
            String scheme = forcedScheme.orElse(port == 443 ? "https" : network.defaultNodeScheme());
            return scheme + "://" + dottedQuad() + ":" + port;
        }
    }

    /** Every validator's node URL, in contract order. */
    List<String> nodeUrls(LitNetwork network, Optional<String> forcedScheme) {
        return validators.stream().map(v -> v.url(network, forcedScheme)).toList();
    }
}
