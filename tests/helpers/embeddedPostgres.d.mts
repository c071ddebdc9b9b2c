export type RunningPostgres = {
  port: number
  uri: (database: string) => string
  createDatabase: (name: string) => Promise<void>
  stop: () => Promise<void>
}
export declare const freePort: () => Promise<number>
export declare const startEmbeddedPostgres: () => Promise<RunningPostgres>
