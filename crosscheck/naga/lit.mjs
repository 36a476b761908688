// What the Naga cross-check scripts share: their inputs (environment variables), a JS SDK 8 client connected to
// `lit4j network start --protocol naga` as the SDK's own local Naga network (nagaLocal, its rpcUrl overridden),
// EOA and PKP auth contexts made by the SDK's AuthManager, and the one line of JSON each script prints.
import { createLitClient } from '@lit-protocol/lit-client';
import { nagaLocal } from '@lit-protocol/networks';
import { createAuthManager, storagePlugins, ViemAccountAuthenticator } from '@lit-protocol/auth';
import { privateKeyToAccount } from 'viem/accounts';
import { develop } from '@lit-protocol/contracts/dev/develop';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The value of environment variable `name`, or an error naming it. */
export function input(name, what) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name} to ${what}`);
  }
  return value;
}

const BLOCK_INDEXER = 'https://block-indexer.litgateway.com/get_most_recent_valid_block';

/**
 * SDK 8 takes its SIWE nonce from Lit's block indexer, a fixed URL outside the network, not from the chain at
 * rpcUrl or the nodes. `lit4j network start --protocol naga` serves the indexer's one call beside its JSON-RPC;
 * this sends that one URL there and leaves every other request alone.
 */
function answerTheBlockIndexerLocally(rpcUrl) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (resource, options) => {
    const url = typeof resource === 'string' ? resource : resource?.url ?? String(resource);
    return realFetch(url === BLOCK_INDEXER ? `${rpcUrl}/get_most_recent_valid_block` : resource, options);
  };
}

/** The viem account of LIT4J_WALLET_KEY (hex private key): the owner of the PKP the network minted. */
export function account() {
  return privateKeyToAccount(input('LIT4J_WALLET_KEY', "the test wallet's private key (0x and 64 hex digits)"));
}

/**
 * A networkContext.json as a local Naga deployment writes it ({ContractName: {address, abi}}): the ABIs of the
 * SDK's own contracts package (its `develop` deployment), the Staking and PriceFeed addresses of the local chain
 * (LIT4J_NAGA_STAKING, LIT4J_NAGA_PRICE_FEED) and, for the contracts the local chain does not have, the develop
 * addresses (the SDK reads none of them for these operations).
 */
function networkContextFile() {
  const addresses = {
    Staking: input('LIT4J_NAGA_STAKING', "the local chain's Naga Staking address"),
    PriceFeed: input('LIT4J_NAGA_PRICE_FEED', "the local chain's PriceFeed address"),
  };
  const context = {};
  for (const { name, contracts: [deployed] } of develop.data) {
    context[name] = { address: addresses[name] ?? deployed.address_hash, abi: deployed.ABI };
  }
  const path = join(mkdtempSync(join(tmpdir(), 'lit4j-crosscheck-naga-')), 'networkContext.json');
  writeFileSync(path, JSON.stringify(context));
  return path;
}

/**
 * A client of the network at LIT4J_RPC_URL: the SDK's nagaLocal network given a local deployment's
 * networkContext.json (withLocalContext) and the rpcUrl.
 */
export async function connect() {
  const rpcUrl = input('LIT4J_RPC_URL', 'the rpcUrl that `lit4j network start --protocol naga` prints');
  answerTheBlockIndexerLocally(rpcUrl);
  const network = nagaLocal.withLocalContext({ networkContextPath: networkContextFile(), rpcUrlOverride: rpcUrl });
  return createLitClient({ network });
}

/** An AuthManager that keeps its session keys in a fresh temporary folder. */
export function authManager() {
  return createAuthManager({
    storage: storagePlugins.localStorageNode({
      appName: 'lit4j-crosscheck',
      networkName: 'naga-local',
      storagePath: mkdtempSync(join(tmpdir(), 'lit4j-crosscheck-naga-')),
    }),
  });
}

/** Ten minutes from now, as the SDK's expiration strings are. */
export function expiration() {
  return new Date(Date.now() + 10 * 60 * 1000).toISOString();
}

const RESOURCES = [
  ['pkp-signing', '*'],
  ['lit-action-execution', '*'],
  ['access-control-condition-decryption', '*'],
];

/** An EOA auth context: session sigs whose capability is the wallet's own SIWE AuthSig. */
export async function eoaAuthContext(client) {
  return authManager().createEoaAuthContext({
    config: { account: account() },
    authConfig: { resources: RESOURCES, expiration: expiration(), statement: 'lit4j cross-check', domain: 'localhost' },
    litClient: client,
  });
}

/**
 * A PKP auth context for the PKP at LIT4J_PKP_PUBLIC_KEY, authenticated by the wallet with an EthWallet auth
 * method (ViemAccountAuthenticator): the nodes sign the session key (sign_session_key/v2).
 */
export async function pkpAuthContext(client) {
  const authData = await ViemAccountAuthenticator.authenticate(account());
  return authManager().createPkpAuthContext({
    authData,
    pkpPublicKey: pkpPublicKey(),
    authConfig: { resources: RESOURCES, expiration: expiration(), statement: 'lit4j cross-check', domain: 'localhost' },
    litClient: client,
  });
}

/** LIT4J_PKP_PUBLIC_KEY, 0x-prefixed. */
export function pkpPublicKey() {
  const key = input('LIT4J_PKP_PUBLIC_KEY', 'the publicKey of a PKP the wallet owns (lit4j network start --mint-pkp-for)');
  return key.startsWith('0x') ? key : `0x${key}`;
}

/** JSON.stringify that writes bigints as decimal strings. */
function json(value) {
  return JSON.stringify(value, (key, item) => (typeof item === 'bigint' ? item.toString() : item));
}

/**
 * Runs `check`, prints `{script, ok: true, ...its result}` as one JSON line and exits 0; on failure prints
 * `{script, ok: false, name, code, kind, error}` and the error's stack (standard error), and exits 1.
 */
export async function run(script, check) {
  let client;
  try {
    client = await connect();
    const result = await check(client);
    console.log(json({ script, ok: true, ...result }));
    client.disconnect();
    process.exit(0);
  } catch (error) {
    console.log(json({
      script,
      ok: false,
      name: error?.name,
      code: error?.code,
      kind: error?.kind,
      error: String(error?.message ?? error),
    }));
    console.error(error);
    process.exit(1);
  }
}
