import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { adminAppDir } from './adminSettings.js'

/**
 * Builds the admin: Payload's import map from the config, then `next build` (webpack), its output
 * shown line by line. About a minute and 2 GB on two cores.
 */
export const buildAdmin = async (
  config: SanitizedConfig,
  log: (line: string) => void = console.log,
): Promise<void> => {
  const started = Date.now()
  await generateImportMap(config, { force: true, log: false })
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build', '--webpack'], {
      cwd: adminAppDir(),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[admin build] ${line}`)
    }
    child.stdout.on('data', relay)
    child.stderr.on('data', relay)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build ended with code ${code}`)),
    )
  })
  log(`[admin build] selesai dalam ${Math.round((Date.now() - started) / 1000)} s`)
}
