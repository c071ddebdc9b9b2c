'use client'
import {
  DatePicker,
  FieldDescription,
  FieldError,
  FieldLabel,
  fieldBaseClass,
  useField,
  useFormFields,
  withCondition,
} from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useCallback, useMemo } from 'react'
import { DEFAULT_TIMEZONE, TIMEZONES } from '../../config/timezones.js'
import { instantFromPicker, wallClockForPicker } from '../../delivery/zonedTime.js'

/** Where the zone of a date lives: the `timezone` field beside it (agenda). */
const zonePathFor = (path: string): string =>
  [...path.split('.').slice(0, -1), 'timezone'].join('.')

/**
 * A date and time entered and shown on the clock of the record's zone (WIB, WITA or WIT), whatever
 * the browser's zone: 09.00 with WITA chosen is stored as 01:00Z. The zone is named beside the input.
 */
const ZonedDateTimeFieldComponent: DateFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly, validate } = props
  const { label, required, localized, admin } = field
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function'
        ? validate(value as never, { ...options, required } as never)
        : true,
    [validate, required],
  )
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate: memoizedValidate as never,
  })
  const zoneField = useFormFields(([fields]) => fields?.[zonePathFor(path)])
  const zone = (zoneField?.value as string | undefined) ?? DEFAULT_TIMEZONE
  const abbreviation = (TIMEZONES.find((z) => z.value === zone) ?? TIMEZONES[0]).abbreviation
  const shown = useMemo(
    () => (value ? wallClockForPicker(value, zone).toISOString() : undefined),
    [value, zone],
  )
  const onChange = useCallback(
    (picked: Date | null) => {
      if (readOnly || disabled) return
      setValue(picked ? instantFromPicker(picked, zone).toISOString() : null)
    },
    [readOnly, disabled, setValue, zone],
  )
  const inputId = `field-${path.replace(/\./g, '__')}`
  return (
    <div
      className={[fieldBaseClass, 'date-time-field', showError && 'date-time-field--has-error']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className={`${fieldBaseClass}__wrap`} id={inputId}>
        <FieldError path={path} showError={showError} />
        <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
          <div style={{ flex: 1 }}>
            <DatePicker
              pickerAppearance="dayAndTime"
              displayFormat="d MMM yyyy HH.mm"
              timeFormat="HH.mm"
              timeIntervals={15}
              onChange={onChange as (d: Date) => void}
              readOnly={readOnly || disabled}
              value={shown}
            />
          </div>
          <strong data-zone={zone} className="zoned-date__zone">
            {abbreviation}
          </strong>
        </div>
      </div>
      <FieldDescription description={admin?.description} path={path} />
    </div>
  )
}

export const ZonedDateTimeField = withCondition(ZonedDateTimeFieldComponent)
