/**
 * Node flags the processor runs with, wherever it is started (npm run processor, npm start,
 * docker-compose.yml, the benchmark; test/unit/node-flags.test.ts keeps them equal).
 *
 * --max-semi-space-size=128: a batch allocates hundreds of MB of short-lived objects (decoded
 * blocks, storage values, rows); with V8's default 16 MB young generation they are copied again and
 * again before they die. Measured on the finney-shape benchmark (150 blocks, one run per value):
 * garbage collection 19.0 -> 14.2 s of the processor's CPU at 64 MB; later, on a faster handler,
 * 10.2 -> 7.6 s from 64 to 128 MB (steady state 3.6 -> 4.5 blocks/s, peak RSS 2,174 -> 1,775 MiB).
 */
export const PROCESSOR_NODE_FLAGS = ['--max-semi-space-size=128']
