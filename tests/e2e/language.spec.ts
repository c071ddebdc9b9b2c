import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * The main screens speak Bahasa Indonesia to an English browser: no raw translation key
 * (`lexical:heading:label`) and none of the English strings staff met before; the rich-text slash
 * menu included. axe-core runs on each screen and its summary is printed.
 */
const ADMIN = { email: 'admin@humas.jatimprov.test', password: 'Admin-Humas-2026' }
const RAW_KEY =
  /\b[a-z]+:[a-zA-Z]+:[a-zA-Z]+\b|\b(?:lexical|general|authentication|fields|humas):[a-zA-Z]+\b/
const ENGLISH = [
  'text dropdown',
  'align dropdown',
  'Are you sure',
  'Heading 1',
  'Unordered List',
  'Start typing',
  'Create New',
  'Dashboard',
  'Collections',
]
const SCREENS = [
  '/admin',
  '/admin/collections/press-releases',
  '/admin/collections/press-releases/create',
  '/admin/collections/event-coverage',
  '/admin/collections/agenda',
  '/admin/collections/agenda/create',
  '/admin/collections/photos',
  '/admin/collections/spokespeople',
  '/admin/collections/units',
  '/admin/collections/portal-clients',
  '/admin/collections/topics',
  '/admin/collections/users',
  '/admin/collections/audit-log',
  '/admin/collections/webhook-deliveries',
]

const visibleText = (page: Page) => page.locator('body').innerText()

const expectIndonesian = (where: string, text: string) => {
  expect({ where, rawKey: RAW_KEY.exec(text)?.[0] ?? null }).toEqual({ where, rawKey: null })
  expect({ where, english: ENGLISH.filter((e) => text.includes(e)) }).toEqual({
    where,
    english: [],
  })
}

/** Prints axe's findings per impact for a screen; returns the critical and serious ones. */
const axe = async (page: Page, where: string) => {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const count = (impact: string) =>
    violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0)
  const grave = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
  console.log(
    `[axe] ${where}: critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}` +
      (grave.length ? ` (${grave.map((v) => v.id).join(', ')})` : ''),
  )
  for (const v of grave)
    console.log(
      `[axe]   ${v.impact} ${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
    )
  return grave.map((v) => v.id)
}

test.describe.serial('Bahasa Indonesia and accessibility on the main screens', () => {
  let page: Page
  const grave: Record<string, string[]> = {}

  test('the login page', async ({ browser }) => {
    page = await (await browser.newContext()).newPage()
    await page.goto('/admin/login')
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible()
    expectIndonesian('login', await visibleText(page))
    grave.login = await axe(page, 'login')
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByRole('heading', { name: 'Meja redaksi' })).toBeVisible()
  })

  for (const url of SCREENS)
    test(`no raw key or English on ${url}`, async () => {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible()
      expectIndonesian(url, await visibleText(page))
      grave[url] = await axe(page, url)
    })

  test('the rich-text slash menu and toolbar', async () => {
    await page.goto('/admin/collections/press-releases/create')
    const editor = page.locator('[contenteditable="true"]').first()
    await editor.click()
    await editor.pressSequentially('/')
    const menu = page.locator('#slash-menu, .slash-menu-popup').first()
    await expect(menu).toBeVisible()
    const text = await menu.innerText()
    expect(text).toContain('Judul 1')
    expectIndonesian('slash menu', text)
    await page.keyboard.press('Escape')
    // Every toolbar button says what it does, in Indonesian.
    const names = await page
      .locator('.fixed-toolbar button, .inline-toolbar-popup button, .toolbar-popup button')
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getAttribute('aria-label') ?? b.getAttribute('title') ?? ''),
      )
    for (const name of names) expectIndonesian('toolbar', name)
  })

  test('axe summary: no critical or serious violation on any screen', () => {
    console.log('[axe] summary', JSON.stringify(grave))
    expect(Object.keys(grave)).toHaveLength(SCREENS.length + 1)
    expect(Object.entries(grave).filter(([, ids]) => ids.length > 0)).toEqual([])
  })
})
