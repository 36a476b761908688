// The JS SDK 7.4 against `lit4j network start`: connect as a custom network (only litNetwork, rpcUrl and
// checkNodeAttestation), session sigs for an EOA, and PKP session sigs for an EthWallet auth method.
// Prints one JSON line: the nodes it found, the threshold and the node URLs of both kinds of session sigs.
import { LIT_ABILITY } from '@lit-protocol/constants';
import { LitPKPResource } from '@lit-protocol/auth-helpers';
import { pkpSessionSigs, run, wallet, walletSessionSigs } from './lit.mjs';

await run('session-sigs', async (client) => {
  const signer = wallet();
  const sessionSigs = await walletSessionSigs(client, signer,
    [{ resource: new LitPKPResource('*'), ability: LIT_ABILITY.PKPSigning }]);
  const pkpSigs = await pkpSessionSigs(client, signer);
  return {
    bootstrapUrls: [...client.config.bootstrapUrls].sort(),
    minNodeCount: client.config.minNodeCount,
    epoch: client.currentEpochNumber,
    latestBlockhash: client.latestBlockhash,
    sessionSigNodes: Object.keys(sessionSigs).sort(),
    pkpSessionSigNodes: Object.keys(pkpSigs).sort(),
    pkpSessionSigAlgo: Object.values(pkpSigs)[0].algo,
  };
});
