import type { CollectionConfig, Field } from 'payload'

/** How Indonesian staff write a date (24 Nov 2026) and a time (09.00), per picker appearance. */
const DISPLAY: Record<string, { displayFormat: string; timeFormat?: string }> = {
  dayAndTime: { displayFormat: 'd MMM yyyy HH.mm', timeFormat: 'HH.mm' },
  timeOnly: { displayFormat: 'HH.mm', timeFormat: 'HH.mm' },
  default: { displayFormat: 'd MMM yyyy' },
  dayOnly: { displayFormat: 'd MMM yyyy' },
}

const withIndonesianDate = (field: Field): Field => {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const appearance = date.pickerAppearance ?? 'default'
    if (appearance === 'monthOnly' || date.displayFormat) return field
    return {
      ...field,
      admin: { ...field.admin, date: { ...DISPLAY[appearance], ...date } as never },
    }
  }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withIndonesianDate) } as Field
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withIndonesianDate) })),
    }
  return field
}

/**
 * Every date field of a collection shown as 24 Nov 2026 09.00 rather than Payload's American
 * defaults (11/23/2026, 9:00 AM), including those nested in arrays and groups (change notes).
 */
export const indonesianDates = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(withIndonesianDate),
})
