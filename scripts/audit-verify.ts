/**
 * `npm run audit:verify`: checks the audit log's hash chain in DATABASE_URI and names the first
 * entry altered or removed. Exit 0 when the chain holds, 1 when it does not, 2 on an error.
 *   --anchor <seq>:<hash>   a head recorded earlier (a backup manifest has one): also catches a cut-off tail
 *   --seal-legacy           first chain the entries written before the chain existed (see README)
 */
import { getPayload } from 'payload'
import { closePayload } from '../src/db/closePayload.js'
import { buildNewsroomConfig } from '../src/payload.config.js'
import { sealUnchainedEntries } from '../src/audit/sealUnchained.js'
import { verifyAuditChain } from '../src/audit/verifyAuditChain.js'

const args = process.argv.slice(2)
const anchorArg = args[args.indexOf('--anchor') + 1]
const anchor =
  args.includes('--anchor') && anchorArg?.includes(':')
    ? { seq: Number(anchorArg.split(':')[0]), hash: anchorArg.split(':')[1] }
    : undefined

// Never push a development schema into the database being checked.
process.env.PAYLOAD_MIGRATING = 'true'
const { config } = await buildNewsroomConfig()
const payload = await getPayload({ config, key: 'audit-verify' })
let code = 2
try {
  if (args.includes('--seal-legacy')) {
    const sealed = await sealUnchainedEntries(payload)
    console.log(`Entri lama dimasukkan ke rantai: ${sealed}`)
  }
  const report = await verifyAuditChain(payload, anchor)
  console.log(JSON.stringify(report, null, 2))
  console.log(
    report.ok
      ? `Rantai jejak audit utuh: ${report.entries} entri, kepala #${report.head?.seq ?? 0} ${report.head?.hash ?? ''}`
      : `RANTAI JEJAK AUDIT RUSAK: ${report.problem?.message}`,
  )
  code = report.ok ? 0 : 1
} catch (err) {
  console.error(err)
} finally {
  await closePayload(payload)
}
process.exit(code)
