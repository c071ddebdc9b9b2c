'use client'
import { type ReactNode, useEffect } from 'react'

/** What each rich-text toolbar button does, in Indonesian (its `data-button-key`). */
const BUTTON_NAMES: Record<string, string> = {
  bold: 'Tebal',
  italic: 'Miring',
  underline: 'Garis bawah',
  strikethrough: 'Coret',
  subscript: 'Subskrip',
  superscript: 'Superskrip',
  inlineCode: 'Kode',
  link: 'Tautan',
  alignLeft: 'Rata kiri',
  alignCenter: 'Rata tengah',
  alignRight: 'Rata kanan',
  alignJustify: 'Rata kiri-kanan',
  indentIncrease: 'Tambah inden',
  indentDecrease: 'Kurangi inden',
}
/** The toolbar's dropdowns, which the editor labels `<group> dropdown` in English. */
const DROPDOWN_NAMES: Record<string, string> = {
  'text dropdown': 'Jenis teks',
  'align dropdown': 'Perataan',
  'add dropdown': 'Sisipkan',
  'features dropdown': 'Fitur lain',
  'format dropdown': 'Format',
  'indent dropdown': 'Inden',
}

const nameButtons = (root: ParentNode) => {
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-button-key]')) {
    const name = BUTTON_NAMES[b.dataset.buttonKey ?? '']
    if (name && b.getAttribute('aria-label') !== name) {
      b.setAttribute('aria-label', name)
      b.title = name
    }
  }
  for (const b of root.querySelectorAll<HTMLElement>('[aria-label$=" dropdown"]')) {
    const name = DROPDOWN_NAMES[b.getAttribute('aria-label') ?? '']
    if (name) b.setAttribute('aria-label', name)
  }
}

const setIfDifferent = (el: Element, attr: string, value: string) => {
  if (el.getAttribute(attr) !== value) el.setAttribute(attr, value)
}

/** The visible label of the field an element sits in. */
const fieldLabelOf = (el: Element): string | null =>
  el
    .closest('.field-type')
    ?.querySelector('label.field-label')
    ?.textContent?.replace('*', '')
    .trim() || null

/**
 * Payload 3.90's own widgets that axe finds unnamed: list row checkboxes, react-select inputs, the
 * date picker input and the rich-text area (named after their field), and react-select's indicators,
 * hidden from screen readers yet focusable.
 */
const nameWidgets = (root: ParentNode) => {
  for (const c of root.querySelectorAll('table input[type="checkbox"]'))
    setIfDifferent(c, 'aria-label', c.id === 'select-all' ? 'Pilih semua baris' : 'Pilih baris')
  for (const i of root.querySelectorAll(
    'input[id^="react-select-"], .react-datepicker__input-container input, .ContentEditable__root',
  ))
    setIfDifferent(i, 'aria-label', fieldLabelOf(i) ?? 'Pilih')
  for (const h of root.querySelectorAll('.rs__indicators [aria-hidden="true"]')) {
    setIfDifferent(h, 'tabindex', '-1')
    for (const f of h.querySelectorAll('button, [tabindex]')) setIfDifferent(f, 'tabindex', '-1')
  }
}

/**
 * The rich-text toolbar's buttons carry only an icon and no accessible name (and its dropdowns an
 * English one), in @payloadcms/richtext-lexical 3.90. This provider names them in Indonesian as the
 * editor draws them, so screen readers and axe's `button-name` find a name.
 */
export const ToolbarNames = ({ children }: { children?: ReactNode }) => {
  useEffect(() => {
    const name = () => {
      nameButtons(document)
      nameWidgets(document)
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label', 'tabindex'],
    })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
