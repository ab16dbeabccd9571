// What browsers, reverse proxies and CDNs may do with the portal's answers (README, "Caching"):
//  - public API answers, CSV and Atom (published data only): store, but ask again before each use;
//    the JSON answers kept by the public response cache carry an ETag, so asking again is a 304;
//  - pages: never stored (each carries its own script nonce; Next.js sends `private, no-store`);
//  - downloads of public files: as API answers; of other files: `private, no-store`.
export const API_CACHE_CONTROL = "public, no-cache";
