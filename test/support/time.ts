/** The start (ISO, UTC) of the bucket holding `t`, as the API reports it; BLOCK buckets are the block time itself. */
export function bucketOf(t: Date, interval: 'BLOCK' | 'HOUR' | 'DAY'): string {
    if (interval === 'BLOCK') return t.toISOString()
    const d = new Date(t)
    d.setUTCMinutes(0, 0, 0)
    if (interval === 'DAY') d.setUTCHours(0)
    return d.toISOString()
}
