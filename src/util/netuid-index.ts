/** From spec 320 subnets have mechanisms and storage is keyed by mechanism * 4096 + netuid. */
export const MECHANISM_STRIDE = 4096

export function splitNetuidIndex(index: number): { netuid: number; mechanism: number } {
    return { netuid: index % MECHANISM_STRIDE, mechanism: Math.floor(index / MECHANISM_STRIDE) }
}
