import { describe, expect, it } from "vitest";
import { clientAddressOf, resolveClientAddress, trustedProxiesFromEnv, CLIENT_ADDRESS_HEADER } from "./client-address";

describe("the client's address", () => {
  it.each([
    // socket, X-Forwarded-For, trusted proxies → address
    ["203.0.113.7", undefined, 0, "203.0.113.7"],
    ["::ffff:203.0.113.7", undefined, 0, "203.0.113.7"],
    ["::1", undefined, 0, "::1"],
    // No proxy trusted: whatever the client wrote is ignored.
    ["203.0.113.7", "198.51.100.1", 0, "203.0.113.7"],
    ["203.0.113.7", "1.1.1.1, 2.2.2.2", 0, "203.0.113.7"],
    // One proxy (nginx) in front: its peer, the last entry; entries the client forged sit further left.
    ["10.0.0.2", "198.51.100.1", 1, "198.51.100.1"],
    ["10.0.0.2", "6.6.6.6, 198.51.100.1", 1, "198.51.100.1"],
    ["10.0.0.2", ["6.6.6.6", "198.51.100.1"], 1, "198.51.100.1"],
    // Two proxies (CDN, then nginx).
    ["10.0.0.2", "6.6.6.6, 198.51.100.1, 172.16.0.9", 2, "198.51.100.1"],
    // Fewer entries than proxies declared: the leftmost there is.
    ["10.0.0.2", undefined, 1, "10.0.0.2"],
    // Garbage is never an address.
    ["10.0.0.2", "not-an-ip", 1, "unknown"],
    ["10.0.0.2", "198.51.100.1:4711", 1, "198.51.100.1"],
    ["10.0.0.2", "[2001:db8::1]:443", 1, "2001:db8::1"],
    [undefined, undefined, 0, "unknown"],
  ] as const)("socket %s, forwarded %j, %i trusted → %s", (socket, forwarded, hops, expected) => {
    expect(resolveClientAddress(socket, forwarded as string | string[] | undefined, hops)).toBe(expected);
  });

  it("reads SP_TRUSTED_PROXIES as a small whole number, else 0", () => {
    expect(trustedProxiesFromEnv(undefined)).toBe(0);
    expect(trustedProxiesFromEnv("1")).toBe(1);
    expect(trustedProxiesFromEnv("-1")).toBe(0);
    expect(trustedProxiesFromEnv("yes")).toBe(0);
    expect(trustedProxiesFromEnv("1.5")).toBe(0);
  });

  it("is read from the server's header, never from X-Forwarded-For", () => {
    expect(clientAddressOf({ [CLIENT_ADDRESS_HEADER]: "198.51.100.1", "x-forwarded-for": "6.6.6.6" })).toBe("198.51.100.1");
    expect(clientAddressOf({ "x-forwarded-for": "6.6.6.6" })).toBe("unknown");
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(clientAddressOf({ [CLIENT_ADDRESS_HEADER]: "<script>" })).toBe("unknown");
    expect(clientAddressOf(undefined)).toBe("unknown");
  });
});
