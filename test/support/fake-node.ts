/**
 * A node's storage at one block as a key -> SCALE value map, answering the JSON-RPC storage methods
 * SQD's Runtime calls, and recording each call's method. For unit tests of storage reads (the
 * readers only send these calls; what they decode is checked against values encoded in the test).
 */
export function fakeNode(state: Map<string, string>) {
    const calls: string[] = []
    return {
        calls,
        async call(method: string, params: any[] = []): Promise<any> {
            calls.push(method)
            switch (method) {
                case 'state_getStorageAt':
                    return state.get(params[0]) ?? null
                case 'state_queryStorageAt':
                    return [{ block: params[1], changes: (params[0] as string[]).map((k) => [k, state.get(k) ?? null]) }]
                case 'state_getKeysPaged': {
                    const [prefix, count, start] = params
                    return [...state.keys()]
                        .filter((k) => k.startsWith(prefix) && (!start || k > start))
                        .sort()
                        .slice(0, count)
                }
            }
            throw new Error(`unexpected ${method}`)
        },
    }
}
