export default async function globalTeardown() {
  await globalThis.__humasPostgres?.stop()
}
