// The JS SDK 8 runs Lit Actions on `lit4j network start --protocol naga` with a PKP auth context: one that
// answers jsParams.x (v8 wraps the caller's params, so the action reads jsParams.x), and one that also signs
// keccak-256 of it with the PKP (Lit.Actions.signEcdsa), whose combined signature must recover to the PKP.
// Prints one JSON line: both responses and the signature.
import { keccak256, recoverAddress, toBytes } from 'viem';
import { publicKeyToAddress } from 'viem/accounts';
import { pkpAuthContext, pkpPublicKey, run } from './lit.mjs';

const ANSWER = 'Lit.Actions.setResponse({ response: JSON.stringify({ x: jsParams.x, doubled: jsParams.x * 2 }) });';
const SIGN = `(async () => {
  await Lit.Actions.signEcdsa({ toSign: jsParams.toSign, publicKey: jsParams.publicKey, sigName: 'sig' });
  Lit.Actions.setResponse({ response: 'signed ' + jsParams.x });
})();`;

await run('execute-js', async (client) => {
  const authContext = await pkpAuthContext(client);
  const answered = await client.executeJs({ code: ANSWER, authContext, jsParams: { x: 21 } });
  const digest = keccak256(toBytes('lit4j cross-check 21'));
  const signed = await client.executeJs({
    code: SIGN,
    authContext,
    jsParams: { x: 21, toSign: Array.from(toBytes(digest)), publicKey: pkpPublicKey() },
  });
  const sig = signed.signatures.sig;
  const hex = sig.signature.replace(/^0x/, '');
  const recovered = await recoverAddress({
    hash: digest,
    signature: { r: `0x${hex.slice(0, 64)}`, s: `0x${hex.slice(64, 128)}`, yParity: sig.recoveryId },
  });
  return {
    response: answered.response,
    signedResponse: signed.response,
    digest,
    signature: sig.signature,
    recovered,
    pkpAddress: publicKeyToAddress(pkpPublicKey()),
  };
});
