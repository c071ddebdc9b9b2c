/**
 * `npm start` without a TypeScript transpile on every start. Runs the compiled newsroom in dist/
 * when it is newer than every source; otherwise compiles first (esbuild, the transpiler tsx itself
 * uses: about a second, no type check; `npm run build` stays the checked build) and runs the result.
 * If compiling fails, it starts from the TypeScript sources through tsx, as before.
 * Plain JavaScript on purpose: this file must run before anything is compiled.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE_DIRS = ['src', 'collections', 'migrations']
const SOURCE_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json']
const entry = path.join(root, 'dist', 'src', 'start.js')

const walk = (dir, files = []) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, files)
    else if (/\.(ts|tsx|mts|js|mjs|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p)
  }
  return files
}

const sources = () => SOURCE_DIRS.flatMap((d) => walk(path.join(root, d)))
const newestSource = (files) =>
  Math.max(
    ...[...files, ...SOURCE_FILES.map((f) => path.join(root, f))].map(
      (f) => fs.statSync(f).mtimeMs,
    ),
  )

const compiled = () => fs.existsSync(entry) && fs.statSync(entry).mtimeMs >= newestSource(sources())

/** Transpiles every TypeScript source to dist/ with the same layout as `tsc -p tsconfig.build.json`. */
const compile = async () => {
  const started = performance.now()
  const tsx = createRequire(import.meta.url).resolve('tsx/package.json')
  const esbuild = createRequire(tsx)('esbuild')
  const files = sources().filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.endsWith('.d.ts'))
  await esbuild.build({
    entryPoints: files,
    outdir: path.join(root, 'dist'),
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: true,
    logLevel: 'error',
  })
  // The entry last: its time stamp is what says the build is current.
  fs.utimesSync(entry, new Date(), new Date())
  console.log(
    `Kode dikompilasi ke dist/ (${files.length} berkas, ${Math.round(performance.now() - started)} ms).`,
  )
}

if (!compiled()) {
  try {
    await compile()
  } catch (err) {
    console.warn(`Kompilasi gagal, mulai dari sumber TypeScript (tsx): ${err?.message ?? err}`)
    const { register } = await import('tsx/esm/api')
    register()
    await import(pathToFileURL(path.join(root, 'src', 'start.ts')).href)
  }
}
if (compiled()) await import(pathToFileURL(entry).href)
