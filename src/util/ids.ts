/** Zero-padded block height: ids that start with it sort in chain order. */
export function heightKey(height: number): string {
    return String(height).padStart(10, '0')
}

/** Row id for something that happened at (block, index): zero padded so ids sort in chain order. */
export function eventId(height: number, index: number): string {
    return `${heightKey(height)}-${String(index).padStart(6, '0')}`
}

/** A block's time (Timestamp.set), or null for the genesis block, which has none (SQD reports 0 there). */
export function blockTime(block: { timestamp?: number | null }): Date | null {
    return block.timestamp ? new Date(block.timestamp) : null
}
