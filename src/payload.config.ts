import './config/payloadPackages.js'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import { collections } from '../collections/index.js'
import { publishScheduledTask } from './workflowService/scheduler.js'
import { deliverWebhookTask } from './delivery/webhooks.js'
import { workflowGraphQL } from './workflowService/workflowGraphQL.js'
import { newsroomEmailAdapter } from './notify/emailAdapter.js'
import {
  databaseUri,
  isProduction,
  mediaDir,
  payloadSecret,
  projectRoot,
  warnIfDevelopmentSecret,
} from './config/env.js'
import { configuredServerUrl, csrfAllowedOrigins } from './config/publicUrls.js'
import { adminSettings } from './admin/adminSettings.js'
import { adminTranslations } from './admin/translations.js'
import { indonesianDates } from './admin/indonesianDates.js'
import { logger } from './logger.js'
import sharp from 'sharp'
import path from 'node:path'
import { databaseAdapterFor } from './db/databaseAdapter.js'
import type { DatabaseKind } from './db/databaseKind.js'
import { addErrorCodes } from './http/addErrorCodes.js'
import { mediaStorageSettings, type MediaStorageSettings } from './config/mediaStorage.js'
import { localMediaStore, type MediaStore } from './media/mediaStore.js'
import { s3MediaStore } from './media/s3MediaStore.js'
import { objectStoragePlugin } from './media/objectStoragePlugin.js'

export type NewsroomConfigOptions = {
  databaseUri?: string
  secret?: string
  mediaDir?: string
  serverURL?: string
  smtpUrl?: string
  /** First webhook retry delay; doubles each time (default 30 s). */
  webhookRetryDelayMs?: number
  /** Largest uploaded file, in bytes (default 20 MB). */
  maxUploadBytes?: number
  /** Browser origins allowed to write with a session cookie besides the server's own (CSRF_ALLOWED_ORIGINS). */
  csrfAllowedOrigins?: string[]
  /** Local disk (default) or an S3-compatible bucket (MEDIA_STORAGE and S3_*). */
  mediaStorage?: MediaStorageSettings
}

export type NewsroomConfig = { config: SanitizedConfig; databaseKind: DatabaseKind }

/** Where uploads are stored is known at run time only; hooks are the collections' own (collections/). */
const withRuntimeSettings = (
  collection: CollectionConfig,
  staticDir: string,
  mediaStore: MediaStore,
): CollectionConfig =>
  collection.upload && typeof collection.upload === 'object'
    ? {
        ...collection,
        upload: { ...collection.upload, staticDir },
        custom: { ...collection.custom, mediaStore },
      }
    : collection

/** Builds the Payload config. Options override the environment (tests build several side by side). */
export const buildNewsroomConfig = async (
  options: NewsroomConfigOptions = {},
): Promise<NewsroomConfig> => {
  const uri = options.databaseUri ?? databaseUri()
  // Fails early, with a sentence, when production has no SERVER_URL or it is not an http(s) URL.
  configuredServerUrl(options.serverURL)
  const { kind, adapter } = await databaseAdapterFor(uri)
  const staticDir = options.mediaDir ?? mediaDir()
  // Fails early, with a sentence naming the variable, when MEDIA_STORAGE=s3 is half configured.
  const storage = options.mediaStorage ?? mediaStorageSettings()
  const mediaStore = storage.kind === 's3' ? s3MediaStore(storage) : localMediaStore(staticDir)
  const maxUploadBytes =
    options.maxUploadBytes ?? Number(process.env.MAX_UPLOAD_BYTES ?? 20 * 1024 * 1024)
  const secret = options.secret ?? payloadSecret()
  warnIfDevelopmentSecret(secret)
  const serverURL = options.serverURL ?? process.env.SERVER_URL ?? ''

  const config = await buildConfig({
    secret,
    serverURL,
    // Payload ignores a session cookie sent from an origin outside this list (and adds serverURL to it).
    // Without SERVER_URL it stays empty (off), as an incomplete list would log out the admin reached
    // by another hostname; src/http/csrfGuard.ts refuses foreign cookie writes in every case.
    csrf: serverURL
      ? csrfAllowedOrigins(
          serverURL,
          options.csrfAllowedOrigins?.join(',') ?? process.env.CSRF_ALLOWED_ORIGINS,
        )
      : [],
    db: adapter,
    editor: lexicalEditor(),
    sharp,
    collections: collections.map((c) =>
      withRuntimeSettings(indonesianDates(c), staticDir, mediaStore),
    ),
    plugins: [objectStoragePlugin(storage)],
    admin: adminSettings(),
    i18n: {
      supportedLanguages: { id, en },
      fallbackLanguage: 'id',
      translations: adminTranslations,
    },
    upload: {
      limits: { fileSize: maxUploadBytes },
      abortOnLimit: true,
      responseOnLimit: 'Berkas melebihi batas ukuran unggahan.',
    },
    maxDepth: 4,
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: 1000,
      mutations: (GraphQL) => workflowGraphQL(GraphQL).mutations,
      queries: (GraphQL) => workflowGraphQL(GraphQL).queries,
    },
    email: newsroomEmailAdapter({ smtpUrl: options.smtpUrl ?? process.env.SMTP_URL }),
    jobs: {
      tasks: [
        publishScheduledTask,
        deliverWebhookTask(
          options.webhookRetryDelayMs ?? Number(process.env.WEBHOOK_RETRY_DELAY_MS ?? 30_000),
        ),
      ],
      // No autoRun: Payload's runner can hand one job to two instances. src/jobs/startJobRunner claims
      // jobs atomically instead (started by createNewsroom, every second, unless DISABLE_SCHEDULER).
      // For the same reason nobody may trigger Payload's runner over HTTP (/api/payload-jobs/run).
      access: { run: () => false },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        access: {
          read: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin',
          create: () => false,
          update: () => false,
          delete: () => false,
        },
      }),
    },
    hooks: { afterError: [addErrorCodes] },
    // One JSON logger for the process: Payload's own messages follow LOG_LEVEL too.
    logger,
    // Refusals of bad input are the system working, not failing.
    loggingLevels: {
      APIError: 'info',
      ValidationError: 'info',
      Forbidden: 'info',
      NotFound: 'info',
      QueryError: 'info',
    },
    telemetry: false,
    debug: !isProduction() && process.env.PAYLOAD_DEBUG === 'true',
    // Checked in; `npm run generate:types` rewrites it, `npm run types:check` (CI) says when it is stale.
    typescript: {
      autoGenerate: false,
      outputFile: path.join(projectRoot(), 'src', 'payload-types.ts'),
    },
  })
  return { config, databaseKind: kind }
}
