/** A nonce for a webview's or an exported page's Content-Security-Policy (Web Crypto: Node and browsers alike). */
export function nonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(18))));
}
