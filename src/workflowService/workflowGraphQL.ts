import type { GraphQLFieldConfig } from 'graphql'
import { APIError, type PayloadRequest } from 'payload'
import { describeWorkflow, performTransition } from './performTransition.js'
import type { NewsCollection } from '../workflow/newsCollections.js'

type GraphQLModule = typeof import('graphql')
const COLLECTIONS: Record<string, NewsCollection> = {
  PressRelease: 'press-releases',
  EventCoverage: 'event-coverage',
}

/**
 * The workflow as GraphQL: `workflowTransition` (mutation) and `workflowState` (query), for press
 * releases and coverage alike. Refusals are GraphQL errors whose extensions carry the workflow's code.
 */
const built = new WeakMap<object, ReturnType<typeof build>>()

/** Built once per GraphQL module: Payload asks for queries and mutations separately, and type names must be unique. */
export const workflowGraphQL = (GraphQL: GraphQLModule) => {
  if (!built.has(GraphQL)) built.set(GraphQL, build(GraphQL))
  return built.get(GraphQL) as ReturnType<typeof build>
}

const build = (GraphQL: GraphQLModule) => {
  const {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const collectionEnum = new GraphQLEnumType({
    name: 'WorkflowCollection',
    values: { PressRelease: { value: 'PressRelease' }, EventCoverage: { value: 'EventCoverage' } },
  })
  const stateType = new GraphQLObjectType({
    name: 'WorkflowState',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLString) },
      workflowStatus: { type: new GraphQLNonNull(GraphQLString) },
      revisionState: { type: GraphQLString },
      publishAt: { type: GraphQLString },
      publishedAt: { type: GraphQLString },
      updatedAt: { type: GraphQLString },
      needsRetrospectiveApproval: { type: GraphQLBoolean },
      availableActions: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    },
  })
  const fail = (f: { status: number; code: string; message: string }) =>
    new APIError(f.message, f.status, { code: f.code }, true)
  type Ctx = { req: PayloadRequest }
  type Args = Record<string, unknown>

  const workflowTransition: GraphQLFieldConfig<unknown, Ctx, Args> = {
    type: stateType,
    args: {
      collection: { type: new GraphQLNonNull(collectionEnum) },
      id: { type: new GraphQLNonNull(GraphQLString) },
      action: { type: new GraphQLNonNull(GraphQLString) },
      reason: { type: GraphQLString },
      publishAt: { type: GraphQLString },
      changeNote: { type: GraphQLString },
      minor: { type: GraphQLBoolean },
      expectedUpdatedAt: { type: GraphQLString },
    },
    resolve: async (_root, args, { req }) => {
      const { collection, id, ...input } = args as {
        collection: string
        id: string
        action: string
      }
      const result = await performTransition({
        collection: COLLECTIONS[collection],
        id,
        input,
        req,
      })
      if (!result.ok) throw fail(result)
      const d = result.doc
      return {
        ...d,
        id: String(d.id),
        revisionState: d.revision?.state ?? null,
        availableActions: result.availableActions,
      }
    },
  }
  const workflowState: GraphQLFieldConfig<unknown, Ctx, Args> = {
    type: stateType,
    args: {
      collection: { type: new GraphQLNonNull(collectionEnum) },
      id: { type: new GraphQLNonNull(GraphQLString) },
    },
    resolve: async (_root, args, { req }) => {
      const result = await describeWorkflow(
        COLLECTIONS[String(args.collection)],
        String(args.id),
        req,
      )
      if (!result.ok) throw fail(result)
      return { ...result, id: String(args.id), workflowStatus: result.state }
    },
  }
  return { mutations: { workflowTransition }, queries: { workflowState } }
}
