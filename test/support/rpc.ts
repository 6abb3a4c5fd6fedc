/** One JSON-RPC call over HTTP (Chopsticks answers on its ws port too); a JSON-RPC error throws. */
export async function rpc(endpoint: string, method: string, params: unknown[] = []): Promise<any> {
    const res = await fetch(endpoint.replace(/^ws/, 'http'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    const body: any = await res.json()
    if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`)
    return body.result
}
