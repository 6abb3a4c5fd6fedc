export async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<any> {
    const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
    })
    const body: any = await res.json()
    return { ...body, status: res.status }
}

/** Every row of a list, fetched through its Connection in pages of `page`. */
export async function fetchAll(url: string, list: string, selection: string, where = '{}', page = 1000): Promise<any[]> {
    const rows: any[] = []
    let after: string | null = null
    for (;;) {
        const r: any = await gql(
            url,
            `query($after: String) { ${list}Connection(first: ${page}, after: $after, where: ${where}, orderBy: [id_ASC]) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
            { after },
        )
        if (r.errors) throw new Error(JSON.stringify(r.errors))
        const c = r.data[`${list}Connection`]
        rows.push(...c.edges.map((e: any) => e.node))
        if (!c.pageInfo.hasNextPage) {
            if (rows.length !== c.totalCount) throw new Error(`${list}: fetched ${rows.length} rows, totalCount says ${c.totalCount}`)
            return rows
        }
        after = c.pageInfo.endCursor
    }
}
