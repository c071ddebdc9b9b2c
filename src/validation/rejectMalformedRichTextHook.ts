import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { fieldErrors } from './fieldErrors.js'
import { CORE_NODE_TYPES, lexicalShapeProblem } from './lexicalShape.js'

const knownTypesByEditor = new WeakMap<object, ReadonlySet<string>>()

/** The node types the field's own editor can produce: its features decide, not a list of ours. */
const knownTypesOf = (editorConfig: SanitizedServerEditorConfig): ReadonlySet<string> => {
  let known = knownTypesByEditor.get(editorConfig)
  if (!known) {
    const featureTypes = getEnabledNodes({ editorConfig }).map((node) =>
      'getType' in node && typeof node.getType === 'function' ? String(node.getType()) : '',
    )
    knownTypesByEditor.set(
      editorConfig,
      (known = new Set([...CORE_NODE_TYPES, ...featureTypes.filter(Boolean)])),
    )
  }
  return known
}

/**
 * Refuses a malformed rich-text body before any field hook walks it (Lexical's own hooks run before
 * validation and fail on a node that is not an object, or overflow on a deep nest).
 */
export const rejectMalformedRichTextHook: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object') return args
  const errors = (collection.flattenedFields as FlattenedField[])
    .filter((field) => field.type === 'richText' && field.name in data)
    .flatMap((field) => {
      const editorConfig = (field as { editor?: { editorConfig?: SanitizedServerEditorConfig } })
        .editor?.editorConfig
      const problem = editorConfig
        ? lexicalShapeProblem(
            (data as Record<string, unknown>)[field.name],
            knownTypesOf(editorConfig),
          )
        : null
      return problem
        ? [
            {
              path: field.name,
              message: `Isi teks kaya tidak sah${problem.path ? ` di ${problem.path}` : ''}: ${problem.problem}.`,
            },
          ]
        : []
    })
  if (errors.length) throw fieldErrors(req, collection.slug, errors)
  return args
}
