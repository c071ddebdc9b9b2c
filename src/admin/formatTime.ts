/** A date-time as staff read it: in their language (id-ID by default), on their clock unless a zone is given. */
// dateStyle/timeStyle cannot be combined with timeZoneName (TypeError): the parts are named one by one.
export const formatTime = (
  iso: string | null | undefined,
  language: string,
  timeZone?: string,
): string => {
  if (!iso) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return '—'
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date)
}

/** The language half of a Payload i18n object, as 'id' | 'en'. */
export const languageOf = (i18n: { language?: string }): 'id' | 'en' =>
  i18n.language === 'en' ? 'en' : 'id'
