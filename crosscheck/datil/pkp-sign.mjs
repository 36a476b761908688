// The JS SDK 7.4 against `lit4j network start`: PKP session sigs for an EthWallet auth method, then pkpSign of a
// 32-byte digest with them. The combined signature must recover to the PKP's address.
// Prints one JSON line: the digest, the signature and the address it recovers to.
import { ethers } from 'ethers';
import { pkpPublicKey, pkpSessionSigs, run, wallet } from './lit.mjs';

await run('pkp-sign', async (client) => {
  const sessionSigs = await pkpSessionSigs(client, wallet());
  const digest = ethers.utils.keccak256(ethers.utils.toUtf8Bytes('lit4j cross-check'));
  const signed = await client.pkpSign({
    pubKey: pkpPublicKey(),
    toSign: ethers.utils.arrayify(digest),
    sessionSigs,
  });
  const pkpAddress = ethers.utils.computeAddress(pkpPublicKey());
  const recovered = ethers.utils.recoverAddress(digest, signed.signature);
  if (recovered !== pkpAddress) {
    throw new Error(`the signature ${signed.signature} over ${digest} recovers to ${recovered}, not to the PKP's`
      + ` address ${pkpAddress}`);
  }
  return { digest, signature: signed.signature, recovered, pkpAddress };
});
