/**
 * The admin's own words (namespace `humas`), Bahasa Indonesia first, plus the lexical editor's
 * placeholder that Payload ships without an Indonesian text.
 */
const id = {
  workflowTitle: 'Alur kerja',
  saveFirst: 'Simpan draf terlebih dahulu untuk memulai alur kerja.',
  unsavedChanges:
    'Ada perubahan yang belum disimpan. Simpan dulu sebelum menjalankan tindakan alur kerja.',
  noActions: 'Tidak ada tindakan alur kerja yang dapat Anda lakukan saat ini.',
  loading: 'Memuat…',
  embargoUntil: 'Embargo hingga',
  publishAt: 'Jadwal terbit',
  publishedAt: 'Terbit',
  correction: 'Koreksi sedang disiapkan',
  retrospective: 'Diterbitkan darurat: menunggu persetujuan susulan redaktur lain.',
  minor: 'Perubahan kecil (tanpa catatan perubahan publik)',
  confirm: 'Jalankan',
  cancel: 'Batal',
  done: 'Berhasil: {{action}}.',
  historyTitle: 'Riwayat',
  historyEmpty: 'Belum ada riwayat alur kerja.',
  changeNotesTitle: 'Catatan perubahan publik',
  preview: 'Pratinjau',
  dashboardTitle: 'Meja redaksi',
  waitingReview: 'Menunggu telaah saya',
  myDrafts: 'Draf saya dan naskah yang dikembalikan',
  scheduled: 'Terjadwal dan embargo',
  todayAgenda: 'Agenda unit hari ini',
  nothing: 'Tidak ada.',
  by: 'oleh',
}

const en: typeof id = {
  workflowTitle: 'Workflow',
  saveFirst: 'Save the draft first to start the workflow.',
  unsavedChanges: 'There are unsaved changes. Save before taking a workflow action.',
  noActions: 'There is no workflow action you can take now.',
  loading: 'Loading…',
  embargoUntil: 'Embargo until',
  publishAt: 'Scheduled for',
  publishedAt: 'Published',
  correction: 'Correction in progress',
  retrospective: 'Force-published: awaiting approval by another editor.',
  minor: 'Minor change (no public change note)',
  confirm: 'Go',
  cancel: 'Cancel',
  done: 'Done: {{action}}.',
  historyTitle: 'History',
  historyEmpty: 'No workflow history yet.',
  changeNotesTitle: 'Public change notes',
  preview: 'Preview',
  dashboardTitle: 'News desk',
  waitingReview: 'Waiting for my review',
  myDrafts: 'My drafts and items returned to me',
  scheduled: 'Scheduled and embargoed',
  todayAgenda: "My unit's agenda today",
  nothing: 'Nothing.',
  by: 'by',
}

export type HumasKey = `humas:${keyof typeof id}`

/**
 * Our namespace's translator from a Payload i18n object that knows our keys: the client's
 * `useTranslation<object, HumasKey>().i18n` or the server's `I18nClient<object, HumasKey>`.
 */
export const humasT =
  (i18n: { t: (key: HumasKey, vars?: Record<string, string>) => string }) =>
  (key: HumasKey, vars?: Record<string, string>): string =>
    i18n.t(key, vars)

/**
 * The rich-text editor in Bahasa Indonesia. @payloadcms/richtext-lexical ships its menus and toolbar
 * in many languages but not Indonesian, so with `id` chosen its keys (`lexical:heading:label`)
 * showed raw. One entry per feature key, mirroring its English `i18n.js` files.
 */
const lexicalId = {
  general: {
    placeholder: 'Mulai menulis, atau ketik "/" untuk perintah…',
    slashMenuBasicGroupLabel: 'Dasar',
    slashMenuListGroupLabel: 'Daftar',
    toolbarItemsActive: '{{count}} aktif',
  },
  heading: { label: 'Judul {{headingLevel}}' },
  align: {
    alignCenterLabel: 'Rata tengah',
    alignJustifyLabel: 'Rata kiri-kanan',
    alignLeftLabel: 'Rata kiri',
    alignRightLabel: 'Rata kanan',
  },
  blockquote: { label: 'Kutipan' },
  paragraph: { label: 'Paragraf', label2: 'Teks biasa' },
  relationship: { label: 'Tautan dokumen' },
  upload: { label: 'Unggahan' },
  textState: { defaultStyle: 'Gaya bawaan' },
  link: { label: 'Tautan', loadingWithEllipsis: 'Memuat…' },
  checklist: { label: 'Daftar periksa' },
  orderedList: { label: 'Daftar bernomor' },
  unorderedList: { label: 'Daftar berbutir' },
  blocks: {
    inlineBlocks: {
      create: 'Buat {{label}}',
      edit: 'Ubah {{label}}',
      label: 'Blok sebaris',
      remove: 'Hapus {{label}}',
    },
    label: 'Blok',
  },
  horizontalRule: { label: 'Garis pemisah' },
  indent: { decreaseLabel: 'Kurangi inden', increaseLabel: 'Tambah inden' },
}

export const adminTranslations = {
  id: {
    humas: id,
    lexical: lexicalId,
  },
  en: { humas: en },
}
