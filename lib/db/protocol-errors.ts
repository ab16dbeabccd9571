// Signs, in a server's or database's log, that two requests' messages were mixed on one database
// connection (issue 19): the embedded PGlite interleaved the extended-protocol messages of several
// pool connections, so one request's Bind met another's Parse. Any of these fails the load test.
const PATTERNS: readonly RegExp[] = [
  /bind message supplies \d+ parameters?, but prepared statement "[^"]*" requires \d+/i,
  /portal "[^"]*" does not exist/i,
  /prepared statement "[^"]*" (does not exist|already exists)/i,
  /unnamed prepared statement does not exist/i,
  /invalid input syntax for type/i,
  /Calling client\.query\(\) when the client is already executing a query/,
  /(insufficient data left in message|invalid message format|unexpected message type|Received unexpected|invalid frontend message type)/i,
  /Connection terminated unexpectedly|ECONNRESET|server closed the connection unexpectedly/i,
];

/** The log lines that show a protocol mix-up or a lost connection, in order. */
export function protocolErrors(log: string): string[] {
  return log.split(/\r?\n/).filter((line) => PATTERNS.some((p) => p.test(line)));
}
