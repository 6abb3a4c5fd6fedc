/** An event whose shape matches none of the runtime versions the decoders know. */
export class UnknownEventVersionError extends Error {
    constructor(readonly eventName: string, readonly specVersion: number) {
        super(`${eventName} has an unknown shape in runtime spec ${specVersion}`)
    }
}
