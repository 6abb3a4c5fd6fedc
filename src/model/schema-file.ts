import * as path from 'path'

/** schema.graphql: the tables are generated from it, the API reads its types and descriptions, and
 * the database's column comments are copied from it. (src/model and lib/model sit at the same depth.) */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql')
