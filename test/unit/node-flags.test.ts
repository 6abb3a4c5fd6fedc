import * as fs from 'fs'
import * as path from 'path'
import { PROCESSOR_NODE_FLAGS } from '../../src/node-flags'

const ROOT = path.join(__dirname, '../..')

describe('the processor runs with the same node flags wherever it is started', () => {
    const flags = PROCESSOR_NODE_FLAGS.join(' ')

    it('npm run processor', () => {
        const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts
        expect(scripts.processor).toContain(`node ${flags} lib/main.js`)
    })

    it('docker-compose.yml', () => {
        const compose = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')
        expect(compose).toContain(`command: ${JSON.stringify(['node', ...PROCESSOR_NODE_FLAGS, 'lib/main.js'])}`.replace(/","/g, '", "'))
    })
})
