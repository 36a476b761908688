// The failure path on the nodes: session sigs the SDK issues (issueSessionFromContext) as if every node asked
// 1 wei for a Lit Action, so that each carries maxPrice 1, below the 10^15 wei the nodes charge; executeJs with
// them. Prints one JSON line with the SDK's error (the nodes' PaymentFailed) and exits 1.
import { issueSessionFromContext } from '@lit-protocol/networks';
import { pkpAuthContext, run } from './lit.mjs';

await run('below-node-price', async (client) => {
  const authContext = await pkpAuthContext(client);
  const context = await client.getContext();
  const threshold = context.handshakeResult.threshold;
  const nodePrices = context.latestConnectionInfo.priceFeedInfo.networkPrices
    .map(({ url, prices }) => ({ url, prices: prices.map(() => 1n) }));
  const sessionSigs = await issueSessionFromContext({
    authContext,
    pricingContext: { product: { id: 2, name: 'LIT_ACTION' }, nodePrices, threshold, userMaxPrice: BigInt(threshold) },
  });
  const maxPrices = Object.values(sessionSigs).map(({ signedMessage }) => JSON.parse(signedMessage).maxPrice);
  await client.executeJs({ code: 'Lit.Actions.setResponse({ response: "ran" });', sessionSigs });
  return { ran: `although every session sig had maxPrice ${maxPrices}` };
});
