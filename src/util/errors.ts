/**
 * An event whose shape matches none of the runtime versions the decoders know, and that could not
 * be decoded by its field names either (src/util/fields.ts): the handler records it in
 * unprocessed_event and goes on.
 */
export class UnknownEventVersionError extends Error {
    constructor(
        readonly eventName: string,
        readonly specVersion: number,
        readonly detail?: string,
    ) {
        super(`${eventName} has an unknown shape in runtime spec ${specVersion}${detail ? ` (${detail})` : ''}`)
    }
}

/** A storage item whose shape matches none of the runtime versions a reader knows. */
export class UnknownStorageShapeError extends Error {}
