import { ACTION_LABELS, type WorkflowAction } from './actions.js'
import { STATE_LABELS, type WorkflowState } from './states.js'
import type { Failure } from './types.js'

/**
 * Why a transition was refused: a stable code for programs and a sentence in Bahasa Indonesia for
 * people (after GOV.UK Whitehall's failure_reason).
 */
const fail = (status: Failure['status'], code: string, message: string): Failure => ({
  ok: false,
  status,
  code,
  message,
})
const verb = (a: WorkflowAction) => ACTION_LABELS[a].id.toLowerCase()
const state = (s: WorkflowState) => STATE_LABELS[s].id.toLowerCase()

export const failures = {
  unknownAction: (action: string) =>
    fail(
      400,
      'UNKNOWN_ACTION',
      `Tindakan "${action}" tidak dikenal. Pilih salah satu: ajukan, minta perbaikan, setujui, jadwalkan, batalkan jadwal, terbitkan, terbitkan segera, tarik.`,
    ),
  schedulerMayNot: (action: WorkflowAction) =>
    fail(
      403,
      'ROLE_NOT_ALLOWED',
      `Penjadwal sistem hanya menerbitkan naskah terjadwal, bukan "${verb(action)}".`,
    ),
  notStaff: () =>
    fail(
      401,
      'NOT_AUTHENTICATED',
      'Silakan masuk sebagai staf humas untuk menjalankan alur kerja.',
    ),
  roleMayNot: (role: string, action: WorkflowAction) =>
    fail(
      403,
      'ROLE_NOT_ALLOWED',
      `Peran ${role} tidak dapat melakukan tindakan "${verb(action)}".`,
    ),
  outsideUnit: () =>
    fail(
      403,
      'OUTSIDE_UNIT',
      'Naskah ini milik unit lain. Anda hanya dapat bertindak atas naskah unit Anda dan unit di bawahnya.',
    ),
  notAuthorOrEditor: (action: WorkflowAction) =>
    fail(
      403,
      'NOT_AUTHOR_OR_EDITOR',
      `Hanya penulis naskah atau redaktur unitnya yang dapat melakukan tindakan "${verb(action)}".`,
    ),
  fourEyes: () =>
    fail(
      403,
      'FOUR_EYES',
      'Anda tidak dapat menyetujui naskah yang Anda tulis atau ubah terakhir. Mintalah redaktur lain menyetujuinya.',
    ),
  fourEyesRetrospective: () =>
    fail(
      403,
      'FOUR_EYES',
      'Persetujuan susulan harus diberikan oleh redaktur lain, bukan yang menerbitkan segera.',
    ),
  wrongState: (action: WorkflowAction, from: WorkflowState) =>
    fail(
      409,
      'INVALID_STATE',
      `Naskah berstatus ${state(from)} tidak dapat ${ACTION_LABELS[action].noun}.`,
    ),
  scheduleGone: () =>
    fail(
      409,
      'SCHEDULE_GONE',
      'Jadwal terbit ini telah dibatalkan atau diubah; penjadwal tidak menerbitkannya.',
    ),
  notDue: () =>
    fail(
      409,
      'NOT_DUE',
      'Jadwal terbit belum tiba. Batalkan jadwal terlebih dahulu bila ingin menerbitkan sekarang.',
    ),
  stale: () =>
    fail(
      409,
      'STALE_VERSION',
      'Naskah telah diubah sejak Anda membukanya. Muat ulang halaman, periksa perubahannya, lalu coba lagi.',
    ),
  reasonRequired: (action: WorkflowAction) =>
    fail(400, 'REASON_REQUIRED', `Alasan wajib diisi untuk tindakan "${verb(action)}".`),
  publicNoticeRequired: () =>
    fail(
      400,
      'REASON_REQUIRED',
      'Penjelasan publik wajib diisi saat menarik naskah; penjelasan ini tampil bersama naskah.',
    ),
  publishAtRequired: () =>
    fail(400, 'PUBLISH_AT_REQUIRED', 'Waktu terbit (publishAt) wajib diisi untuk menjadwalkan.'),
  publishAtInvalid: () =>
    fail(
      400,
      'PUBLISH_AT_INVALID',
      'Waktu terbit harus berupa tanggal dan jam yang sah (ISO 8601).',
    ),
  publishAtInPast: () => fail(400, 'PUBLISH_AT_IN_PAST', 'Waktu terbit harus di masa depan.'),
  consentMissing: (count: number) =>
    fail(
      409,
      'CONSENT_MISSING',
      `Naskah memuat ${count} foto anak di bawah umur tanpa persetujuan tercatat (UU 27/2022 tentang Pelindungan Data Pribadi). Catat persetujuan atau ganti foto sebelum menerbitkan.`,
    ),
  changeNoteRequired: () =>
    fail(
      400,
      'CHANGE_NOTE_REQUIRED',
      'Catatan perubahan publik wajib diisi saat menerbitkan koreksi, kecuali koreksi ditandai minor.',
    ),
}

/**
 * Refusals that tell the scheduler its job has nothing left to do: the schedule it was queued for no
 * longer stands, or is not due yet. Nobody asked for anything, so they are not refused attempts: the
 * job ends quietly and the audit log does not record them.
 */
export const isNothingToSchedule = (f: Failure): boolean =>
  f.code === 'SCHEDULE_GONE' || f.code === 'NOT_DUE'

export const notFound = (): Failure => ({
  ok: false,
  status: 404,
  code: 'NOT_FOUND',
  message: 'Naskah tidak ditemukan atau Anda tidak berhak melihatnya.',
})
