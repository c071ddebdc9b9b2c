import { defineConfig } from '@playwright/test'

/**
 * Browser tests of the admin: Debian's chromium (apt), never a downloaded browser. The newsroom is
 * started fresh (its own SQLite file and media folder, demo content) on 127.0.0.1; E2E_BASE_URL
 * points the tests at a server already running instead.
 */
const PORT = Number(process.env.E2E_PORT ?? 3199)
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/results',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-US', // an English browser: the admin must still answer in Bahasa Indonesia
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'node --conditions=production --import tsx/esm tests/e2e/startFresh.ts',
        url: `${baseURL}/readyz`,
        env: { PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
        // The first run builds the admin (about a minute and a half here).
        timeout: 420_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
      },
})
