// The JS SDK 8 against `lit4j network start --protocol naga`: a PKP auth context for an EthWallet auth method
// (the nodes sign the session key, sign_session_key/v2), then pkpSign of a message on the ethereum chain (the
// SDK hashes it with keccak-256). The combined signature must recover to the PKP's address.
// Prints one JSON line: the digest, the signature, the address it recovers to.
import { keccak256, recoverAddress, toBytes } from 'viem';
import { publicKeyToAddress } from 'viem/accounts';
import { pkpAuthContext, pkpPublicKey, run } from './lit.mjs';

await run('pkp-sign', async (client) => {
  const authContext = await pkpAuthContext(client);
  const message = 'lit4j cross-check';
  const signed = await client.chain.ethereum.pkpSign({ pubKey: pkpPublicKey(), toSign: toBytes(message), authContext });
  const digest = keccak256(toBytes(message));
  const hex = signed.signature.replace(/^0x/, '');
  const recovered = await recoverAddress({
    hash: digest,
    signature: { r: `0x${hex.slice(0, 64)}`, s: `0x${hex.slice(64, 128)}`, yParity: signed.recoveryId },
  });
  return { digest, signedData: signed.signedData, signature: signed.signature, recoveryId: signed.recoveryId,
    recovered, pkpAddress: publicKeyToAddress(pkpPublicKey()) };
});

