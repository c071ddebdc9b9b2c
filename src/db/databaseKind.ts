export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which adapter a DATABASE_URI selects. Unknown schemes are an operator error, said plainly. */
export const databaseKindOf = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:') || uri.startsWith('libsql:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI tidak dikenal: gunakan file:, postgres:// atau mongodb:// (got "${uri.split(':')[0]}:")`,
  )
}
