// The JS SDK 7.4 and Lit4j encrypt for each other against `lit4j network start`: the SDK encrypts
// LIT4J_JS_PLAINTEXT under LIT4J_CONDITIONS (accessControlConditions, JSON) for Lit4j to decrypt, and decrypts
// the Lit4j ciphertext LIT4J_CIPHERTEXT / LIT4J_DATA_HASH with session sigs of the wallet for decryption.
// Prints one JSON line: the SDK's ciphertext and dataToEncryptHash, and what it decrypted.
import { LIT_ABILITY } from '@lit-protocol/constants';
import { LitAccessControlConditionResource } from '@lit-protocol/auth-helpers';
import { input, run, wallet, walletSessionSigs } from './lit.mjs';

await run('encrypt-decrypt', async (client) => {
  const signer = wallet();
  const accessControlConditions = JSON.parse(input('LIT4J_CONDITIONS', 'the accessControlConditions (JSON array)'));
  const fromJs = await client.encrypt({
    accessControlConditions,
    dataToEncrypt: new TextEncoder().encode(input('LIT4J_JS_PLAINTEXT', 'the text the SDK encrypts for Lit4j')),
  });
  const sessionSigs = await walletSessionSigs(client, signer, [{
    resource: new LitAccessControlConditionResource('*'),
    ability: LIT_ABILITY.AccessControlConditionDecryption,
  }]);
  const { decryptedData } = await client.decrypt({
    accessControlConditions,
    ciphertext: input('LIT4J_CIPHERTEXT', "Lit4j's ciphertext (base64)"),
    dataToEncryptHash: input('LIT4J_DATA_HASH', "Lit4j's dataToEncryptHash"),
    chain: 'ethereum',
    sessionSigs,
  });
  return {
    ciphertext: fromJs.ciphertext,
    dataToEncryptHash: fromJs.dataToEncryptHash,
    decryptedFromLit4j: new TextDecoder().decode(decryptedData),
  };
});
