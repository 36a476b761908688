// The part of a Lit node's action runtime that is written in JavaScript. Evaluated once per run, before the
// action, as a function of the node's bridge; it defines the globals an action sees and keeps the bridge
// private. Bridge calls return null on success or the error message to throw.
(function (bridge, authJson, paramsJson) {
  'use strict';

  const raise = (error) => {
    if (error !== null && error !== undefined) {
      throw new Error(error);
    }
  };

  const formatted = (value) => {
    if (typeof value === 'string') {
      return value;
    }
    if (value !== null && typeof value === 'object') {
      try {
        const json = JSON.stringify(value);
        if (json !== undefined) {
          return json;
        }
      } catch (e) {
        // a cyclic object: fall back to its string form
      }
    }
    return String(value);
  };
  const log = (...args) => bridge.log(args.map(formatted).join(' '));

  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  class TextEncoder {
    get encoding() {
      return 'utf-8';
    }
    encode(input = '') {
      const binary = unescape(encodeURIComponent(String(input).replace(LONE_SURROGATE, '\uFFFD')));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
  }
  class TextDecoder {
    get encoding() {
      return 'utf-8';
    }
    decode(input = new Uint8Array(0)) {
      const view = ArrayBuffer.isView(input)
        ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
      return bridge.utf8(Array.from(view));
    }
  }

  const byteArray = (name, value) => {
    if (value === null || value === undefined) {
      throw new TypeError(name + ' is missing');
    }
    return Array.from(new Uint8Array(value));
  };

  const Actions = Object.freeze({
    setResponse({ response } = {}) {
      if (typeof response !== 'string') {
        throw new TypeError('Lit.Actions.setResponse expects {response: <string>}');
      }
      raise(bridge.setResponse(response));
    },
    async signEcdsa({ toSign, publicKey, sigName } = {}) {
      raise(bridge.signEcdsa(byteArray('toSign', toSign), String(publicKey), String(sigName)));
      return 'success';
    },
    async ethPersonalSignMessageEcdsa({ message, publicKey, sigName } = {}) {
      const bytes = typeof message === 'string' ? new TextEncoder().encode(message) : message;
      raise(bridge.ethPersonalSignMessageEcdsa(byteArray('message', bytes), String(publicKey), String(sigName)));
      return 'success';
    },
    async claimKey({ keyId } = {}) {
      raise(bridge.claimKey(String(keyId)));
    },
  });

  const frozen = (value) => {
    if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(frozen);
      Object.freeze(value);
    }
    return value;
  };
  const constant = (name, value) => Object.defineProperty(globalThis, name,
    { value, writable: false, enumerable: false, configurable: false });

  // GraalJS's host-interop globals: useless without host access, and absent on a node
  ['java', 'javax', 'javafx', 'com', 'org', 'edu', 'net', 'Packages', 'JavaImporter', 'Java', 'Graal', 'Polyglot']
    .forEach((name) => delete globalThis[name]);

  constant('Lit', Object.freeze({ Actions, Auth: frozen(JSON.parse(authJson)) }));
  constant('LitActions', Actions);
  globalThis.console = Object.freeze({ log, info: log, warn: log, error: log, debug: log });
  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;

  const params = JSON.parse(paramsJson);
  Object.assign(globalThis, params);
  // the JS SDK 8 wraps the caller's params as {"jsParams": params} and lit-peer only assigns the keys, so a v8
  // action reads jsParams.x: the whole-object alias must not hide a key of that name
  if (!Object.prototype.hasOwnProperty.call(params, 'jsParams')) {
    globalThis.jsParams = params;
  }
})
