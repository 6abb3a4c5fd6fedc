import type { Block } from '../block'

/** A storage item a domain reads, and whether the block's runtime has it in a shape this release knows. */
export interface KnownShape {
    name: string
    known: (block: Block) => boolean
}

/**
 * The items of `items` that a block's runtime declares in a shape no known runtime has, once per
 * runtime: their columns stay null and the handler records a domain failure. An item the runtime
 * does not declare at all is absent by design, not listed.
 */
export function unknownShapes(items: KnownShape[]): (block: Block) => string[] {
    const byRuntime = new WeakMap<object, string[]>()
    return (block) => {
        let names = byRuntime.get(block._runtime)
        if (!names) {
            names = items.filter((i) => block._runtime.hasStorageItem(i.name as any) && !i.known(block)).map((i) => i.name)
            byRuntime.set(block._runtime, names)
        }
        return names
    }
}
