// What the cross-check scripts share: their inputs (environment variables), a JS SDK 7.4 client connected to
// `lit4j network start` exactly as to any custom network, PKP session sigs for an EthWallet auth method, and
// wallet session sigs, and the one line of JSON each script prints.
import { LitNodeClient } from '@lit-protocol/lit-node-client';
import { AUTH_METHOD_TYPE, LIT_ABILITY } from '@lit-protocol/constants';
import { LitPKPResource, createSiweMessage, generateAuthSig } from '@lit-protocol/auth-helpers';
import { ethers } from 'ethers';

/** The value of environment variable `name`, or an error naming it. */
export function input(name, what) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name} to ${what}`);
  }
  return value;
}

/** The wallet of LIT4J_WALLET_KEY (hex private key): the owner of the PKP the network minted. */
export function wallet() {
  return new ethers.Wallet(input('LIT4J_WALLET_KEY', "the test wallet's private key (0x and 64 hex digits)"));
}

/** A client of the network at LIT4J_RPC_URL, connected with only the three settings a custom network needs. */
export async function connect() {
  const client = new LitNodeClient({
    litNetwork: 'custom',
    rpcUrl: input('LIT4J_RPC_URL', "the rpcUrl that `lit4j network start` prints"),
    checkNodeAttestation: false,
    debug: false,
  });
  await client.connect();
  return client;
}

/** Ten minutes from now, as the SDK's expiration strings are. */
export function expiration() {
  return new Date(Date.now() + 10 * 60 * 1000).toISOString();
}

/**
 * Session sigs signed by the wallet `signer` (an EOA AuthSig over the SDK's SIWE with ReCap) for
 * `resourceAbilityRequests`, as the SDK's getSessionSigs makes them with a wallet's authNeededCallback.
 */
export async function walletSessionSigs(client, signer, resourceAbilityRequests) {
  return client.getSessionSigs({
    chain: 'ethereum',
    expiration: expiration(),
    resourceAbilityRequests,
    authNeededCallback: async ({ uri, expiration: until, resourceAbilityRequests: requested }) => {
      const toSign = await createSiweMessage({
        uri,
        expiration: until,
        resources: requested,
        walletAddress: signer.address,
        nonce: await client.getLatestBlockhash(),
        litNodeClient: client,
      });
      return generateAuthSig({ signer, toSign });
    },
  });
}

/**
 * PKP session sigs for the PKP at LIT4J_PKP_PUBLIC_KEY, authenticated by `signer` with an EthWallet auth method
 * built as the SDK's EthWalletProvider builds it: a SIWE with the latest block hash as nonce, signed as an AuthSig.
 * They grant `resourceAbilityRequests`; by default pkp-signing on every PKP.
 */
export async function pkpSessionSigs(client, signer,
  resourceAbilityRequests = [{ resource: new LitPKPResource('*'), ability: LIT_ABILITY.PKPSigning }]) {
  const toSign = await createSiweMessage({
    walletAddress: signer.address,
    nonce: await client.getLatestBlockhash(),
    expiration: expiration(),
    litNodeClient: client,
  });
  const authSig = await generateAuthSig({ signer, toSign });
  const authMethod = { authMethodType: AUTH_METHOD_TYPE.EthWallet, accessToken: JSON.stringify(authSig) };
  return client.getPkpSessionSigs({
    pkpPublicKey: pkpPublicKey(),
    authMethods: [authMethod],
    resourceAbilityRequests,
    expiration: expiration(),
  });
}

/** LIT4J_PKP_PUBLIC_KEY, 0x-prefixed. */
export function pkpPublicKey() {
  const key = input('LIT4J_PKP_PUBLIC_KEY', 'the publicKey of a PKP the wallet owns (lit4j network start --mint-pkp-for)');
  return key.startsWith('0x') ? key : `0x${key}`;
}

/**
 * Runs `check`, prints `{script, ok: true, ...its result}` as one JSON line and exits 0; on failure prints
 * `{script, ok: false, name, code, kind, errorCode, error}` and the error's stack (standard error), and exits 1.
 */
export async function run(script, check) {
  let client;
  try {
    client = await connect();
    const result = await check(client);
    console.log(JSON.stringify({ script, ok: true, ...result }));
    await client.disconnect();
    process.exit(0);
  } catch (error) {
    // name and code are the SDK's error class and code; errorCode is the node's, when a node answered an error
    console.log(JSON.stringify({
      script,
      ok: false,
      name: error?.name,
      code: error?.code,
      kind: error?.kind,
      errorCode: error?.info?.errorCode,
      error: String(error?.message ?? error),
    }));
    console.error(error);
    if (client) {
      await client.disconnect().catch(() => {});
    }
    process.exit(1);
  }
}
