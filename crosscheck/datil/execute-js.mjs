// The JS SDK 7.4's executeJs against `lit4j network start`: runs the Lit Action in the file LIT4J_ACTION (sent as
// code), or the one pinned as LIT4J_ACTION_IPFS_ID (`network start --action FILE`, sent as ipfsId), with the
// jsParams LIT4J_JS_PARAMS (a JSON object) and PKP session sigs for the PKP at LIT4J_PKP_PUBLIC_KEY that grant
// lit-action-execution and pkp-signing. Prints one JSON line: the SDK's response, signatures and logs.
import { readFileSync } from 'node:fs';
import { LIT_ABILITY } from '@lit-protocol/constants';
import { LitActionResource, LitPKPResource } from '@lit-protocol/auth-helpers';
import { input, pkpSessionSigs, run, wallet } from './lit.mjs';

await run('execute-js', async (client) => {
  const ipfsId = process.env.LIT4J_ACTION_IPFS_ID;
  const action = ipfsId ? { ipfsId }
    : { code: readFileSync(input('LIT4J_ACTION', "the Lit Action's file (or set LIT4J_ACTION_IPFS_ID)"), 'utf8') };
  const jsParams = JSON.parse(input('LIT4J_JS_PARAMS', "the action's jsParams (a JSON object)"));
  const sessionSigs = await pkpSessionSigs(client, wallet(), [
    { resource: new LitActionResource('*'), ability: LIT_ABILITY.LitActionExecution },
    { resource: new LitPKPResource('*'), ability: LIT_ABILITY.PKPSigning },
  ]);
  const result = await client.executeJs({ sessionSigs, ...action, jsParams });
  return { response: result.response, signatures: result.signatures ?? {}, logs: result.logs };
});
