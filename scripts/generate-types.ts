/**
 * Writes src/payload-types.ts (the TypeScript shape of every collection) from the Payload config:
 *   npm run generate:types
 * With `--check` (`npm run types:check`, run by CI) it writes nothing and fails when the checked-in
 * file is not what the collections generate today.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
import * as prettier from 'prettier'
import { buildNewsroomConfig } from '../src/payload.config.js'

const check = process.argv.includes('--check')

// Nothing is opened: the adapter only decides the id type, a number as on PostgreSQL.
const { config } = await buildNewsroomConfig({
  databaseUri: 'file::memory:',
  secret: 'generate-types',
})
const target = config.typescript.outputFile
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-types-'))
let generated: string
try {
  const raw = path.join(scratch, 'payload-types.ts')
  await generateTypes(
    { ...config, typescript: { ...config.typescript, outputFile: raw } },
    { log: false },
  )
  // Formatted as the rest of the tree, so `prettier --check .` holds for the checked-in file.
  generated = await prettier.format(fs.readFileSync(raw, 'utf8'), {
    ...(await prettier.resolveConfig(target)),
    filepath: target,
  })
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}

const relative = path.relative(process.cwd(), target)
const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null
if (check) {
  if (current !== generated) {
    console.error(
      `${relative} is out of date with the collections: run \`npm run generate:types\` and commit the result.`,
    )
    process.exit(1)
  }
  console.log(`${relative} is current.`)
} else if (current === generated) {
  console.log(`${relative} unchanged.`)
} else {
  fs.writeFileSync(target, generated)
  console.log(`${relative} written.`)
}
process.exit(0)
