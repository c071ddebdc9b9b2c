import { expect, test, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * A protocol officer enters a governor's visit at 09.00 in each of Indonesia's three zones, in a
 * browser that runs on Jakarta time. The admin must take 09.00 on the agenda's own clock (09.00
 * WITA is 01:00Z), show it back as 24 Nov 2026 09.00 with the zone named, and list it so.
 */
const PROTOCOL = { email: 'protokol@humas.jatimprov.test', password: 'Protokol-Humas-2026' }
const UNIT = 'Pemerintah Provinsi Jawa Timur'
const SHOTS = path.join('tests', 'e2e', 'screenshots')
mkdirSync(SHOTS, { recursive: true })

const CASES = [
  { zone: 'WIB', option: /^WIB/, utc: '2026-11-24T02:00:00.000Z' },
  { zone: 'WITA', option: /^WITA/, utc: '2026-11-24T01:00:00.000Z' },
  { zone: 'WIT', option: /^WIT \(/, utc: '2026-11-24T00:00:00.000Z' },
] as const

/** Picks an option of one of Payload's select fields (react-select). */
const choose = async (page: Page, fieldId: string, option: RegExp | string) => {
  await page.locator(`#${fieldId} .rs__control`).click()
  await page.locator('.rs__option').filter({ hasText: option }).first().click()
}

test.describe.serial('agenda times on the agenda clock', () => {
  let page: Page
  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext()).newPage()
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(PROTOCOL.email)
    await page.locator('input[name="password"]').fill(PROTOCOL.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByRole('heading', { name: 'Meja redaksi' })).toBeVisible()
  })

  for (const c of CASES)
    test(`09.00 ${c.zone} is stored as ${c.utc} and shown as 24 Nov 2026 09.00 ${c.zone}`, async () => {
      const started = Date.now()
      const title = `Kunjungan kerja gubernur (${c.zone}) ${Date.now().toString(36)}`
      await page.goto('/admin/collections/agenda/create')
      await page.locator('#field-title').fill(title)
      await choose(page, 'field-unit', UNIT)
      await choose(page, 'field-timezone', c.option)
      const zoneMark = page.locator('#field-startsAt .zoned-date__zone')
      await expect(zoneMark).toHaveText(c.zone)
      const start = page.locator('#field-startsAt input')
      await start.fill('24 Nov 2026 09.00')
      await start.press('Enter')
      await page.locator('#field-title').click() // closes the calendar
      await expect(start).toHaveValue('24 Nov 2026 09.00')
      await page.locator('#action-save').click()
      await expect(page).toHaveURL(/\/admin\/collections\/agenda\/\d+/)
      const id = page.url().split('/').pop()!.split('?')[0]
      const stored = await page.request.get(`/api/agenda/${id}?depth=0`)
      expect(stored.status()).toBe(200)
      const doc = await stored.json()
      expect({ startsAt: doc.startsAt, timezone: doc.timezone }).toMatchObject({
        startsAt: c.utc,
      })
      // Opened again in the Jakarta browser: still 09.00 on the agenda clock, zone named.
      await page.reload()
      await expect(page.locator('#field-startsAt input')).toHaveValue('24 Nov 2026 09.00')
      await expect(page.locator('#field-startsAt .zoned-date__zone')).toHaveText(c.zone)
      await page.screenshot({ path: path.join(SHOTS, `agenda-${c.zone}.png`), fullPage: true })
      // The list names the zone beside the time.
      await page.goto(`/admin/collections/agenda?search=${encodeURIComponent(title)}`)
      await expect(page.locator('tr', { hasText: title })).toContainText(
        `24 Nov 2026 09.00 ${c.zone}`,
      )
      console.log(`[journey] agenda ${c.zone}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    })
})
