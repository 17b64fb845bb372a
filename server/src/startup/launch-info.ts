/**
 * What the loader (launch.ts) tells the server bundle it starts: passed to the bundle's `main()`,
 * the only channel between the two (each has its own copy of every module).
 */

/**
 * What happened to the V8 code cache on this start (code-cache.ts): `off` caching is off; `new` no
 * cache yet; `used` read and accepted; `rejected` V8 refused it (another bundle or V8); `corrupt`
 * it failed its checksum; `crashed` a start that used it ended before its first diagnostics (the
 * cache is dropped, this start runs without it); `unsafe` the cache directory is not ours alone.
 */
export type CodeCacheState = 'off' | 'new' | 'used' | 'rejected' | 'unsafe' | 'corrupt' | 'crashed';

export interface LaunchInfo {
  codeCache?: {
    state: CodeCacheState;
    /**
     * Call once the first diagnostics of a real analysis are out: the start succeeded, and V8's
     * compiled code (everything that has run so far) is saved for the next start.
     */
    ready(): void;
  };
  /** How many modules Node had compiled when the loader changed a V8 flag (regexp-tier.ts). */
  flagsChangedAt?: number;
}
