/**
 * Every type, field, argument, input field and enum value of the API carries a description.
 * Entity fields show exactly their schema.graphql description (the one place they are written).
 */
import { getIntrospectionQuery } from 'graphql'
import { describeIntegration } from '../support/it-env'
import { gql } from '../support/graphql'
import { loadEntitySpecs } from '../../src/api/entities'
import * as model from '../../src/model'

describeIntegration('API descriptions', (env) => {
    it('everything the API defines is described; entity fields as in schema.graphql', async () => {
        const r = await gql(env().apiUrl, getIntrospectionQuery())
        expect(r.errors).toBeUndefined()
        const enums: Record<string, object> = {}
        for (const [k, v] of Object.entries(model)) if (typeof v === 'object') enums[k] = v as object
        const entityFields = new Map<string, string>()
        for (const spec of loadEntitySpecs(enums)) for (const f of spec.fields) entityFields.set(`${spec.name}.${f.name}`, f.description)

        const missing: string[] = []
        const notAsInSchema: string[] = []
        const need = (what: string, description: string | null) => {
            if (!description?.trim()) missing.push(what)
        }
        for (const t of r.data.__schema.types) {
            if (t.name.startsWith('__')) continue
            // the root operation types are containers; their fields are described below
            if (!['Query', 'Subscription'].includes(t.name)) need(t.name, t.description)
            for (const f of t.fields ?? []) {
                const key = `${t.name}.${f.name}`
                if (entityFields.has(key)) {
                    if ((f.description ?? '') !== entityFields.get(key)) notAsInSchema.push(key)
                } else {
                    need(key, f.description)
                }
                for (const a of f.args ?? []) need(`${key}(${a.name})`, a.description)
            }
            for (const f of t.inputFields ?? []) need(`${t.name}.${f.name}`, f.description)
            for (const v of t.enumValues ?? []) need(`${t.name}.${v.name}`, v.description)
        }
        expect(notAsInSchema).toEqual([])
        expect(missing).toEqual([])
        const undocumented = [...entityFields].filter(([, d]) => !d).map(([k]) => k)
        if (undocumented.length)
            console.log(`api-descriptions: entity fields without a description in schema.graphql: ${undocumented.join(' ')}`)
    })
})
