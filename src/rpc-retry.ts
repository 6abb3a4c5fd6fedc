/**
 * SQD's RPC client retries connection errors, timeouts and HTTP 429/502/503/504 with backoff
 * forever, but a malformed response (a body that is not JSON, a batch answered by something other
 * than an array of the right length) fails the request and stops the processor. A public RPC behind
 * a proxy or load balancer does send such bodies now and then; they carry no data, so they are
 * retried like a dropped connection. Nothing malformed ever reaches the handler either way.
 */
import { RpcClient, RpcProtocolError } from '@subsquid/rpc-client'

function isMalformedResponse(err: any): boolean {
    return err instanceof RpcProtocolError || err instanceof SyntaxError || (err?.name === 'FetchError' && err?.type === 'invalid-json')
}

let installed = false

export function retryMalformedRpcResponses(): void {
    if (installed) return
    installed = true
    const proto = RpcClient.prototype as any
    const isConnectionError: (err: unknown) => boolean = proto.isConnectionError
    proto.isConnectionError = function (err: unknown) {
        return isConnectionError.call(this, err) || isMalformedResponse(err)
    }
}
