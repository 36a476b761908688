package dev.lit4j.network.action;

import dev.lit4j.domain.LitException;

/**
 * What a node does for a running Lit Action when it asks for more than computation: the signing and
 * key-claiming calls of {@code Lit.Actions}. One host serves one run and collects what the node returns
 * with the action's answer. Called on the action's thread, one call at a time.
 *
 * <p>A call that cannot be served throws a {@link LitException}; its message becomes the {@code Error} the
 * action's promise rejects with, which the action may catch.
 */
public interface LitActionHost {

    /** A host for runs that may not sign or claim (custom-auth actions): every call fails, saying so. */
    LitActionHost NONE = new LitActionHost() {
        @Override
        public void signEcdsa(byte[] toSign, String publicKey, String sigName) {
            throw notHere("signEcdsa");
        }

        @Override
        public void ethPersonalSignMessageEcdsa(byte[] message, String publicKey, String sigName) {
            throw notHere("ethPersonalSignMessageEcdsa");
        }

        @Override
        public void claimKey(String keyId) {
            throw notHere("claimKey");
        }

        private LitException notHere(String call) {
            return new LitException("Lit.Actions." + call + " is only available to actions run by /web/execute");
        }
    };

    /** {@code Lit.Actions.signEcdsa({toSign, publicKey, sigName})}: sign {@code toSign} with the PKP. */
    void signEcdsa(byte[] toSign, String publicKey, String sigName);

    /** {@code Lit.Actions.ethPersonalSignMessageEcdsa({message, publicKey, sigName})}: EIP-191 sign the message. */
    void ethPersonalSignMessageEcdsa(byte[] message, String publicKey, String sigName);

    /** {@code Lit.Actions.claimKey({keyId})}: claim the key derived from the action's CID and {@code keyId}. */
    void claimKey(String keyId);
}
