/**
 * The README's dashboard queries run as written: no error (unknown field, wrong type, over a
 * limit), and every field they ask for answers.
 */
import * as fs from 'fs'
import * as path from 'path'
import { describeIntegration } from '../support/it-env'
import { gql } from '../support/graphql'
import { ROOT } from '../support/processes'

function dashboardQueries(): string[] {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const start = readme.indexOf('### Dashboard queries')
    if (start < 0) throw new Error('README.md has no "### Dashboard queries" section')
    const end = readme.indexOf('\n## ', start)
    const section = readme.slice(start, end < 0 ? undefined : end)
    return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1])
}

describeIntegration('README dashboard queries', (env) => {
    const queries = dashboardQueries()

    it('the section holds the six dashboard queries', () => {
        expect(queries).toHaveLength(6)
    })

    it.each(queries.map((q) => [q.split('\n')[0], q]))('%s', async (_title, query) => {
        const r = await gql(env().apiUrl, query)
        expect(r.errors).toBeUndefined()
        expect(r.status).toBe(200)
        for (const [field, value] of Object.entries(r.data)) expect({ field, value: value ?? null }).not.toEqual({ field, value: null })
    })
})
