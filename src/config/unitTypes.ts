export const UNIT_TYPES = ['provinsi', 'kabupaten', 'kota', 'opd', 'upt', 'kecamatan'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const UNIT_TYPE_OPTIONS = [
  { value: 'provinsi', label: { id: 'Provinsi', en: 'Province' } },
  { value: 'kabupaten', label: { id: 'Kabupaten', en: 'Regency' } },
  { value: 'kota', label: { id: 'Kota', en: 'City' } },
  { value: 'opd', label: { id: 'Perangkat daerah (OPD)', en: 'Regional agency (OPD)' } },
  { value: 'upt', label: { id: 'Unit pelaksana teknis (UPT)', en: 'Technical unit (UPT)' } },
  { value: 'kecamatan', label: { id: 'Kecamatan', en: 'District' } },
] satisfies { value: UnitType; label: { id: string; en: string } }[]
