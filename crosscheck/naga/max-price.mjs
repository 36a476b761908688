// The failure path: pkpSign with a userMaxPrice (1 wei) below what the cheapest threshold of nodes ask in the
// PriceFeed. Prints one JSON line with the SDK's error and exits 1.
import { toBytes } from 'viem';
import { pkpAuthContext, pkpPublicKey, run } from './lit.mjs';

await run('max-price', async (client) => {
  const authContext = await pkpAuthContext(client);
  await client.chain.ethereum.pkpSign({
    pubKey: pkpPublicKey(), toSign: toBytes('lit4j cross-check'), authContext, userMaxPrice: 1n,
  });
  return { signed: 'although userMaxPrice was 1 wei' };
});
