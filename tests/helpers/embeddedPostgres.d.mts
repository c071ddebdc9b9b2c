export type RunningPostgres = {
  port: number
  uri: (database: string) => string
  createDatabase: (name: string) => Promise<void>
  stop: () => Promise<void>
}
export declare const freePort: () => Promise<number>
export declare const startEmbeddedPostgres: () => Promise<RunningPostgres>
export type RestartablePostgres = RunningPostgres & {
  start: () => Promise<void>
  destroy: () => Promise<void>
}
export declare const startRestartablePostgres: () => Promise<RestartablePostgres>
