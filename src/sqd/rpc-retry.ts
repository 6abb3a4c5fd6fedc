/**
 * SQD's RPC client retries connection errors, timeouts and HTTP 429/502/503/504 with backoff
 * forever, but a malformed response (a body that is not JSON, a batch answered by something other
 * than an array of the right length) fails the request and stops the processor. A public RPC behind
 * a proxy or load balancer does send such bodies now and then; they carry no data, so they are
 * retried like a dropped connection. Nothing malformed ever reaches the handler either way.
 * Written for @subsquid/rpc-client 4.14.0 (src/sqd/versions.ts): its private isConnectionError()
 * on the prototype decides what is retried; it is wrapped once.
 */
import { RpcClient, RpcProtocolError } from '@subsquid/rpc-client'
import { wrapPrototypeMethod } from './wrap'

function isMalformedResponse(err: any): boolean {
    return err instanceof RpcProtocolError || err instanceof SyntaxError || (err?.name === 'FetchError' && err?.type === 'invalid-json')
}

export function retryMalformedRpcResponses(): void {
    wrapPrototypeMethod<(this: RpcClient, err: unknown) => boolean>(
        RpcClient,
        'isConnectionError',
        'src/sqd/rpc-retry.ts',
        (isConnectionError) =>
            function (this: RpcClient, err: unknown) {
                return isConnectionError.call(this, err) || isMalformedResponse(err)
            },
    )
}
