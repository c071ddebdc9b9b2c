import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

/**
 * How big one GraphQL request may be. Portal queries (a list of items with their unit, photo and
 * topics) stay under a depth of 6, a handful of aliases and a cost of ~1,000; the limits leave room
 * above that and refuse the shapes that only serve to load the server.
 */
export type GraphQLLimits = { maxDepth: number; maxAliases: number; maxCost: number }
export const GRAPHQL_LIMITS: GraphQLLimits = { maxDepth: 8, maxAliases: 20, maxCost: 5_000 }

/** Payload's list queries return 10 documents unless told, and never more than 100 here. */
const DEFAULT_PAGE = 10
const LARGEST_PAGE = 100

type Measure = { depth: number; aliases: number; cost: number }
const NONE: Measure = { depth: 0, aliases: 0, cost: 0 }

const intOf = (
  value: ValueNode | undefined,
  variables: Record<string, unknown>,
): number | undefined => {
  if (value?.kind === Kind.INT) return Number(value.value)
  if (value?.kind === Kind.VARIABLE) {
    const v = variables[value.name.value]
    return typeof v === 'number' ? v : undefined
  }
  return undefined
}

/** How many times a field's selection runs: a paginated list (`{ docs }`) by its page size, else once. */
const pageSize = (limit: number | undefined): number =>
  limit === undefined ? DEFAULT_PAGE : limit <= 0 || limit > LARGEST_PAGE ? LARGEST_PAGE : limit

/**
 * Depth, aliases and cost of a selection set, fragments expanded. Each fragment is measured once
 * (its measure does not depend on where it is spread), so nested spreads cannot make this walk
 * itself expensive; a fragment cycle counts as nothing (graphql's own rule refuses it).
 * Introspection fields are left to the introspection rule.
 */
export const measureSelections = (
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  memo = new Map<string, Measure | 'measuring'>(),
): Measure => {
  const total: Measure = { ...NONE }
  const add = (m: Measure) => {
    total.depth = Math.max(total.depth, m.depth)
    total.aliases += m.aliases
    total.cost += m.cost
  }
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection fields are the introspection rule's business, but their aliases count.
      if (selection.name.value.startsWith('__')) {
        add({ depth: 1, aliases: selection.alias ? 1 : 0, cost: 0 })
        continue
      }
      const inner = selection.selectionSet
        ? measureSelections(selection.selectionSet, fragments, variables, memo)
        : NONE
      const isPage =
        selection.selectionSet?.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === 'docs',
        ) ?? false
      const limit = intOf(
        selection.arguments?.find((a) => a.name.value === 'limit')?.value,
        variables,
      )
      add({
        depth: inner.depth + 1,
        aliases: inner.aliases + (selection.alias ? 1 : 0),
        cost: 1 + (isPage ? pageSize(limit) : 1) * inner.cost,
      })
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(measureSelections(selection.selectionSet, fragments, variables, memo))
    } else {
      const name = selection.name.value
      const known = memo.get(name)
      if (known === 'measuring') continue
      if (known) {
        add(known)
        continue
      }
      const fragment = fragments.get(name)
      if (!fragment) continue
      memo.set(name, 'measuring')
      const measured = measureSelections(fragment.selectionSet, fragments, variables, memo)
      memo.set(name, measured)
      add(measured)
    }
  }
  return total
}

const refusal = (code: string, message: string, node: import('graphql').ASTNode) =>
  new GraphQLError(message, { nodes: [node], extensions: { code, statusCode: 400 } })

/** A validation rule refusing operations over the limits, each with a stable code. */
export const graphqlLimitsRule =
  (limits: GraphQLLimits, variables: Record<string, unknown> = {}): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          )
          .map((d) => [d.name.value, d]),
      )
      const m = measureSelections(node.selectionSet, fragments, variables)
      if (m.depth > limits.maxDepth) {
        context.reportError(
          refusal(
            'GRAPHQL_TOO_DEEP',
            `Kueri terlalu dalam: ${m.depth} tingkat, paling banyak ${limits.maxDepth}.`,
            node,
          ),
        )
      } else if (m.aliases > limits.maxAliases) {
        context.reportError(
          refusal(
            'GRAPHQL_TOO_MANY_ALIASES',
            `Kueri memakai ${m.aliases} alias, paling banyak ${limits.maxAliases}.`,
            node,
          ),
        )
      } else if (m.cost > limits.maxCost) {
        context.reportError(
          refusal(
            'GRAPHQL_TOO_COMPLEX',
            `Kueri terlalu berat: biaya ${m.cost}, paling banyak ${limits.maxCost}. Kurangi limit, kolom atau alias, atau bagi menjadi beberapa permintaan.`,
            node,
          ),
        )
      }
    },
  })

/**
 * No introspection (`__schema`, `__type`) for this caller: the schema names every staff-only type and
 * field. `__typename` stays allowed (clients use it to tell results apart).
 */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '__schema' && node.name.value !== '__type') return
    context.reportError(
      refusal(
        'GRAPHQL_INTROSPECTION_DISABLED',
        'Introspeksi skema GraphQL hanya tersedia untuk staf yang masuk.',
        node,
      ),
    )
  },
})
