// A Lit Action that does not sign: it reads its jsParams as globals and sets a JSON response.
const total = numbers.reduce((sum, n) => sum + n, 0);
console.log(`summing ${numbers.length} numbers for ${greeting}`);
Lit.Actions.setResponse({ response: JSON.stringify({ greeting: `${greeting}, Lit`, total }) });
