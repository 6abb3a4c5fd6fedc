// Lint rules that keep the layout honest (README "Layout"): no import circles, domains that do not
// import each other, a product (src/) that imports neither the tools nor the tests, SQD internals
// in src/sqd only, an API that reads the model and never the indexing code. Formatting is Prettier's job (.prettierrc.json).
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const { importX, createNodeResolver } = require('eslint-plugin-import-x')

const DOMAINS = ['stakes', 'registrations', 'weights', 'emissions', 'pools']

/** no-restricted-imports from [patterns, why] pairs; every file of src/ also gets PRODUCT */
const restrict = (...rules) => ['error', { patterns: rules.map(([group, message]) => ({ group, message })) }]
const PRODUCT = [['**/tools/**', '**/test/**'], 'the product (src/) imports neither the tools nor the tests']
const SQD_INTERNALS = [['@subsquid/*/lib/**'], "SQD's internals (modules its packages do not export) are used in src/sqd only"]

module.exports = tseslint.config(
    { ignores: ['lib/', 'node_modules/', 'data/', 'coverage/', 'bench-results/', 'src/types/', 'src/model/generated/', 'db/migrations/'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts', '**/*.js'],
        plugins: { 'import-x': importX },
        settings: {
            'import-x/ignore': ['node_modules'],
            // without these import-x does not follow imports into .ts files, and no-cycle sees nothing
            'import-x/extensions': ['.ts', '.js'],
            'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
            'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
        },
        rules: {
            'import-x/no-cycle': ['error', { ignoreExternal: true }],
            // messages, SQL and GraphQL in string literals may run longer: split, they are harder to grep for
            'max-len': [
                'error',
                { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
            ],
            // chain data arrives untyped (event args, storage values of runtimes typegen does not know)
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
            ],
        },
    },
    {
        files: ['**/*.js'],
        rules: { '@typescript-eslint/no-require-imports': 'off' },
        languageOptions: {
            sourceType: 'commonjs',
            globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
        },
    },
    {
        files: ['src/**/*.ts'],
        ignores: ['src/api/**', 'src/sqd/**'],
        rules: {
            'no-restricted-imports': restrict(PRODUCT, SQD_INTERNALS, [['**/api/*', '../api'], 'the indexer does not import the API']),
        },
    },
    { files: ['src/sqd/**/*.ts'], rules: { 'no-restricted-imports': restrict(PRODUCT) } },
    {
        files: ['src/api/**/*.ts'],
        rules: {
            'no-restricted-imports': restrict(PRODUCT, SQD_INTERNALS, [
                ['../domains/**', '../indexer/**', '../handler', '../processor'],
                'the API reads the model and the database, never the indexing code',
            ]),
        },
    },
    ...DOMAINS.map((domain) => ({
        files: [`src/domains/${domain}/**/*.ts`],
        rules: {
            'no-restricted-imports': restrict(PRODUCT, SQD_INTERNALS, [
                [
                    ...DOMAINS.filter((d) => d !== domain).flatMap((d) => [`../${d}`, `../${d}/*`]),
                    '../../handler',
                    '../../processor',
                    '../../api/**',
                ],
                'domains are independent: what one needs of another is passed in by the indexer (src/handler.ts)',
            ]),
        },
    })),
)
