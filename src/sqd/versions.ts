/**
 * src/sqd holds every use of SQD's private internals (fields, prototypes, module paths that the
 * packages do not export), and nothing else. Each patch was written against the exact version
 * below, and package.json pins these packages to it: test/unit/sqd-internals.test.ts fails when the
 * installed version differs or a patched member is gone, so an upgrade is a deliberate change that
 * re-checks each patch instead of a silent break in production.
 */
export const WRITTEN_FOR = {
    '@subsquid/typeorm-store': '1.5.1',
    '@subsquid/substrate-processor': '8.5.1',
    '@subsquid/util-internal-processor-tools': '4.2.1',
    '@subsquid/substrate-runtime': '2.0.1',
    '@subsquid/rpc-client': '4.14.0',
} as const
