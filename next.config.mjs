import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * The admin (Payload's Next.js app) is built here and served by our express process at /admin
 * (src/admin/adminRoutes.ts). It renders with the Payload instance that process already runs
 * (src/admin/runningConfig.ts), so payload and the database adapters stay outside the bundle.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  // express compresses; Next must not compress a second time
  compress: false,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true, tsconfigPath: 'tsconfig.admin.json' },
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'sharp',
    'pino',
  ],
  outputFileTracingRoot: root,
  webpack: (config) => {
    // our sources import TypeScript files with .js extensions (NodeNext style)
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
