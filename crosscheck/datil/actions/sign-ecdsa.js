// An async Lit Action that signs the 32 bytes of toSign with the PKP publicKey as sigName, then sets a JSON response.
(async () => {
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName });
  Lit.Actions.setResponse({ response: JSON.stringify({ signed: sigName, bytes: toSign.length }) });
})();
