'use client'
import type { DefaultCellComponentProps } from 'payload'
import { formatInZone } from '../../delivery/zonedTime.js'

/** A list cell: 24 Nov 2026 09.00 WITA, on the clock of the row's own zone. */
export const ZonedDateCell = ({ cellData, rowData }: DefaultCellComponentProps) => (
  <span>
    {cellData ? formatInZone(cellData as string, (rowData as { timezone?: string }).timezone) : '—'}
  </span>
)
