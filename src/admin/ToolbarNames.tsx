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

/**
 * The rich-text toolbar's buttons carry only an icon and no accessible name (and its dropdowns an
 * English one), in @payloadcms/richtext-lexical 3.90. This provider names them in Indonesian as the
 * editor draws them, so screen readers and axe's `button-name` find a name.
 */
export const ToolbarNames = ({ children }: { children?: ReactNode }) => {
  useEffect(() => {
    nameButtons(document)
    const observer = new MutationObserver(() => nameButtons(document))
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
