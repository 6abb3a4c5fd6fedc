/**
 * Replaces a method on an SQD class's prototype with `wrap(original)`, at most once per process,
 * and fails loudly, naming the patch file, when an upgrade removed the method.
 */
const wrapped = new Set<string>()

export function wrapPrototypeMethod<F extends (...args: any[]) => any>(
    cls: { name: string; prototype: unknown },
    method: string,
    patchFile: string,
    wrap: (original: F) => F,
): void {
    const key = `${cls.name}.${method}`
    if (wrapped.has(key)) return
    const proto = cls.prototype as Record<string, unknown>
    const original = proto[method]
    if (typeof original !== 'function') throw new Error(`${cls.name} has no ${method}() any more (see ${patchFile})`)
    proto[method] = wrap(original as F)
    wrapped.add(key)
}
