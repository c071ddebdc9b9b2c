import { createRequire } from 'node:module'

type Statement = { columns: () => unknown[] }
type Database = { prepare: (sql: string) => Statement }

const MAX_STATEMENTS = 500
const DDL = /^\s*(create|alter|drop)\b/i

/**
 * SQLite statements prepared once per connection and reused. @libsql/client prepares a fresh
 * statement for every query (and asks it for its columns twice); Payload's drizzle queries repeat the
 * same SQL text with different parameters, so a per-connection map from SQL text to statement saves
 * the parse and plan. Safe because the client runs each statement to completion synchronously
 * (`all()` or `run()`), rebinding parameters every time; a schema change (DDL) drops the map, since
 * the column lists kept with each statement would be stale.
 */
export const cacheSqliteStatements = (): void => {
  const require = createRequire(createRequire(import.meta.url).resolve('@libsql/client'))
  const { prototype } = require('libsql') as { prototype: Database & { __humasCached?: true } }
  if (prototype.__humasCached) return
  const prepare = prototype.prepare
  const caches = new WeakMap<Database, Map<string, Statement>>()
  prototype.prepare = function (this: Database, sql: string): Statement {
    if (DDL.test(sql)) {
      caches.delete(this)
      return prepare.call(this, sql)
    }
    let cache = caches.get(this)
    if (!cache) caches.set(this, (cache = new Map()))
    const hit = cache.get(sql)
    if (hit) {
      // Most recently used last: the first key is the one to drop when full.
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    const statement = prepare.call(this, sql)
    const columns = statement.columns.bind(statement)
    let known: unknown[] | undefined
    statement.columns = () => (known ??= columns())
    cache.set(sql, statement)
    if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string)
    return statement
  }
  prototype.__humasCached = true
}
