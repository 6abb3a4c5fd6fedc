/**
 * The block data the processor delivers to the handler: which fields it selects, and the types of
 * a block and an event with those fields. Kept apart from processor.ts so that the
 * domains can name these types without importing the processor (which imports the domains).
 */
import type { BlockHeader, DataHandlerContext, Event as _Event } from '@subsquid/substrate-processor'

export const FIELDS = {
    block: { timestamp: true },
    event: { name: true, args: true, phase: true },
    call: { name: true, args: true, origin: true, success: true },
    extrinsic: { hash: true, signature: true, success: true, index: true },
} as const

export type Fields = typeof FIELDS
export type Block = BlockHeader<Fields>
export type Event = _Event<Fields>
export type ProcessorContext<Store> = DataHandlerContext<Store, Fields>
