// The JS SDK 8 connects to `lit4j network start --protocol naga` as a local Naga network: what it read from the
// chain (the Staking view: nodes, threshold, epoch; the PriceFeed: each node's prices) and from the nodes
// (the handshake), and the block indexer's latest blockhash it takes as the SIWE nonce.
// Prints one JSON line.
import { run } from './lit.mjs';

await run('connect', async (client) => {
  const context = await client.getContext();
  const info = context.latestConnectionInfo;
  return {
    bootstrapUrls: [...info.bootstrapUrls].sort(),
    minNodeCount: info.minNodeCount,
    epoch: info.epochInfo.number,
    threshold: context.handshakeResult.threshold,
    connectedNodes: [...context.handshakeResult.connectedNodes].sort(),
    latestBlockhash: context.latestBlockhash,
    prices: info.priceFeedInfo.networkPrices.map(({ url, prices }) => ({ url, prices })),
  };
});
