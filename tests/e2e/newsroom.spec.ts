import { expect, test, type Browser, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

/**
 * A press release's day in the admin, in a real browser: a writer drafts it in Indonesian with a
 * photo and submits it; the editor finds it on the news desk and sends it back; the writer revises
 * and resubmits; the editor approves and publishes; the public API then serves it.
 */
const WRITER = { email: 'penulis@humas.jatimprov.test', password: 'Penulis-Humas-2026' }
const EDITOR = { email: 'redaktur@humas.jatimprov.test', password: 'Redaktur-Humas-2026' }
const OTHER_UNIT_EDITOR = {
  email: 'redaktur.sidoarjo@humas.jatimprov.test',
  password: 'Redaktur-Humas-2026',
}
const UNIT = 'Dinas Komunikasi dan Informatika Provinsi Jawa Timur'
const TITLE = `Diskominfo Jatim Latih 200 Pranata Humas Menulis Siaran Pers ${Date.now().toString(36)}`
const SHOTS = path.join('tests', 'e2e', 'screenshots')
mkdirSync(SHOTS, { recursive: true })

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

const signIn = async (
  browser: Browser,
  who: { email: string; password: string },
): Promise<Page> => {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(who.email)
  await page.locator('input[name="password"]').fill(who.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Meja redaksi' })).toBeVisible()
  return page
}

const panel = (page: Page) => page.locator('section.humas-workflow')
const state = (page: Page) => page.getByTestId('workflow-state')

/** Runs a workflow action from the panel: button, dialog, optional text, confirm. */
const act = async (page: Page, action: string, fill?: { label: RegExp; text: string }) => {
  await panel(page).getByRole('button', { name: action }).click()
  const dialog = page.locator('dialog.humas-dialog')
  await expect(dialog).toBeVisible()
  if (fill) await dialog.getByLabel(fill.label).fill(fill.text)
  await dialog.getByRole('button', { name: 'Jalankan' }).click()
}

let itemUrl = ''
let itemId = ''
let slug = ''

test.describe.serial('a press release from draft to publication', () => {
  test('the login page speaks Bahasa Indonesia to an English browser', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible()
    await shot(page, '01-login')
  })

  test('a writer drafts a release in Indonesian with a photo and submits it', async ({
    browser,
    request,
  }) => {
    const page = await signIn(browser, WRITER)
    await shot(page, '02-writer-desk')
    await page.goto('/admin/collections/press-releases/create')
    await page.locator('#field-title').fill(TITLE)
    await page
      .locator('#field-summary')
      .fill(
        'Sebanyak 200 pranata humas kabupaten/kota mengikuti pelatihan penulisan siaran pers selama dua hari di Surabaya.',
      )
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await body.pressSequentially(
      'Pelatihan menekankan struktur piramida terbalik, kutipan narasumber, dan verifikasi data sebelum terbit.',
    )
    await page.locator('#field-datelineCity').fill('SURABAYA')
    await page.locator('#field-unit').click()
    await page.locator('.rs__option', { hasText: UNIT }).first().click()

    // The photo: created from the release, through the upload drawer.
    const photo = path.join(tmpdir(), `pelatihan-${Date.now()}.jpg`)
    await sharp({
      create: { width: 1600, height: 1000, channels: 3, background: { r: 30, g: 90, b: 160 } },
    })
      .jpeg()
      .toFile(photo)
    await page.locator('#field-featuredPhoto').getByRole('button', { name: 'Buat Baru' }).click()
    await expect(page.getByText('Membuat Foto baru')).toBeVisible()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Pilih file' }).click()
    await (await chooser).setFiles(photo)
    await page
      .locator('#field-alt')
      .fill('Peserta pelatihan menulis siaran pers di aula Diskominfo')
    await page
      .locator('#field-caption')
      .fill('Pranata humas berlatih menulis siaran pers, Surabaya.')
    await page.locator('#field-credit').fill('Foto: Humas Diskominfo Jatim')
    await page.getByRole('button', { name: 'Simpan' }).last().click()
    await expect(page.getByText('Membuat Foto baru')).toBeHidden()
    await expect(page.locator('#field-featuredPhoto')).toContainText('pelatihan-')
    await shot(page, '03-writer-new-release')

    await page.locator('#action-save').click()
    await expect(page).toHaveURL(/\/admin\/collections\/press-releases\/\d+/)
    itemUrl = new URL(page.url()).pathname
    itemId = itemUrl.split('/').pop() as string
    await expect(state(page)).toHaveText('Draf')

    // A writer is offered submit, never approve or publish.
    await expect(panel(page).getByRole('button', { name: 'Ajukan untuk ditelaah' })).toBeVisible()
    for (const forbidden of [
      'Setujui',
      'Terbitkan',
      'Terbitkan segera (darurat)',
      'Jadwalkan terbit',
    ]) {
      await expect(panel(page).getByRole('button', { name: forbidden, exact: true })).toHaveCount(0)
    }
    await act(page, 'Ajukan untuk ditelaah')
    await expect(state(page)).toHaveText('Menunggu telaah')
    await expect(panel(page).getByRole('button', { name: 'Setujui', exact: true })).toHaveCount(0)
    await shot(page, '04-writer-submitted')

    // Not public yet: the anonymous API does not know it.
    const anon = await request.get(`/api/press-releases/${itemId}`)
    expect(anon.status()).toBe(404)
    const doc = await (await page.request.get(`/api/press-releases/${itemId}?depth=0`)).json()
    slug = doc.slug
    expect(doc.featuredPhoto).toBeTruthy()
  })

  test('only staff of the unit open the preview', async ({ browser, request }) => {
    const writer = await signIn(browser, WRITER)
    const res = await writer.goto(`/preview/press-releases/${itemId}`)
    expect(res?.status()).toBe(200)
    await expect(writer.getByRole('heading', { name: TITLE })).toBeVisible()
    await expect(writer.getByText('PRATINJAU')).toBeVisible()
    await shot(writer, '05-preview')
    const other = await signIn(browser, OTHER_UNIT_EDITOR)
    expect((await other.request.get(`/preview/press-releases/${itemId}`)).status()).toBe(404)
    const anon = await request.get(`/preview/press-releases/${itemId}`, { maxRedirects: 0 })
    expect(anon.status()).toBe(302)
    expect(anon.headers().location).toContain('/admin/login')
  })

  test('the editor finds it on the news desk and requests changes', async ({ browser }) => {
    const page = await signIn(browser, EDITOR)
    const waiting = page.getByTestId('desk-waiting-review')
    await expect(waiting.getByRole('link', { name: TITLE })).toBeVisible()
    await shot(page, '06-editor-desk')
    await waiting.getByRole('link', { name: TITLE }).click()
    await expect(state(page)).toHaveText('Menunggu telaah')
    await shot(page, '07-editor-review')
    await act(page, 'Minta perbaikan', {
      label: /Alasan/,
      text: 'Tambahkan kutipan Kepala Dinas dan jumlah peserta per kabupaten.',
    })
    await expect(state(page)).toHaveText('Perlu perbaikan')
  })

  test('the writer sees the reason, revises and resubmits', async ({ browser }) => {
    const page = await signIn(browser, WRITER)
    const returned = page.getByTestId('desk-my-drafts')
    await expect(returned.getByRole('link', { name: TITLE })).toBeVisible()
    await returned.getByRole('link', { name: TITLE }).click()
    await expect(state(page)).toHaveText('Perlu perbaikan')
    await expect(page.locator('section.humas-history')).toContainText(
      'Tambahkan kutipan Kepala Dinas',
    )
    await shot(page, '08-writer-returned')
    await page
      .locator('#field-summary')
      .fill(
        'Sebanyak 200 pranata humas dari 38 kabupaten/kota mengikuti pelatihan penulisan siaran pers. "Siaran pers adalah wajah pemerintah," kata Kepala Dinas.',
      )
    // Unsaved edits hold the workflow back until they are saved.
    await expect(panel(page).getByRole('button', { name: 'Ajukan untuk ditelaah' })).toBeDisabled()
    await page.locator('#action-save').click()
    await expect(page.locator('#action-save')).toBeDisabled()
    await expect(panel(page).getByRole('button', { name: 'Ajukan untuk ditelaah' })).toBeEnabled()
    await act(page, 'Ajukan untuk ditelaah')
    await expect(state(page)).toHaveText('Menunggu telaah')
  })

  test('the editor approves and publishes, and the public API serves it', async ({
    browser,
    request,
  }) => {
    const page = await signIn(browser, EDITOR)
    await page.goto(itemUrl)
    await act(page, 'Setujui')
    await expect(state(page)).toHaveText('Disetujui')
    await act(page, 'Terbitkan')
    await expect(state(page)).toHaveText('Terbit')
    await expect(page.locator('section.humas-history')).toContainText('Terbitkan')
    await shot(page, '09-editor-published')

    const res = await request.get(
      `/api/press-releases?where[slug][equals]=${encodeURIComponent(slug)}`,
    )
    expect(res.status()).toBe(200)
    const body = await res.json()
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].title).toBe(TITLE)
    expect(body.docs[0].summary).toContain('38 kabupaten/kota')
    expect(body.docs[0].internalNotes).toBeUndefined()

    await page.goto('/admin/collections/press-releases')
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
    await shot(page, '10-list')
  })
})
