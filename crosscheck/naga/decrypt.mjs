// The JS SDK 8 and Lit4j decrypt for each other on `lit4j network start --protocol naga`: the SDK encrypts
// LIT4J_JS_PLAINTEXT under LIT4J_CONDITIONS (accessControlConditions, JSON) for Lit4j to decrypt, and decrypts
// its own ciphertext and, when LIT4J_CIPHERTEXT is set, Lit4j's (LIT4J_CIPHERTEXT / LIT4J_DATA_HASH) with an
// EOA auth context of the wallet (encryption/sign/v2).
// Prints one JSON line: the SDK's ciphertext and dataToEncryptHash, and what it decrypted.
import { eoaAuthContext, input, run } from './lit.mjs';

await run('decrypt', async (client) => {
  const accessControlConditions = JSON.parse(input('LIT4J_CONDITIONS', 'the accessControlConditions (JSON array)'));
  const fromJs = await client.encrypt({
    accessControlConditions,
    dataToEncrypt: input('LIT4J_JS_PLAINTEXT', 'the text the SDK encrypts'),
    chain: 'ethereum',
  });
  const authContext = await eoaAuthContext(client);
  const decrypt = async (ciphertext, dataToEncryptHash) => {
    const { decryptedData } = await client.decrypt({
      accessControlConditions, ciphertext, dataToEncryptHash, chain: 'ethereum', authContext,
    });
    return new TextDecoder().decode(decryptedData);
  };
  const result = {
    ciphertext: fromJs.ciphertext,
    dataToEncryptHash: fromJs.dataToEncryptHash,
    decryptedOwn: await decrypt(fromJs.ciphertext, fromJs.dataToEncryptHash),
  };
  if (process.env.LIT4J_CIPHERTEXT) {
    result.decryptedFromLit4j = await decrypt(process.env.LIT4J_CIPHERTEXT,
      input('LIT4J_DATA_HASH', "Lit4j's dataToEncryptHash"));
  }
  return result;
});
