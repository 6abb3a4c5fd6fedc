/** Row id for something that happened at (block, index): zero padded so ids sort in chain order. */
export function eventId(height: number, index: number): string {
    return `${String(height).padStart(10, '0')}-${String(index).padStart(6, '0')}`
}
