import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import { claimVersion } from '../../src/workflowService/claimVersion.js'
import {
  PUBLISH_TASK,
  SCHEDULER_QUEUE,
} from '../../src/workflowService/queueScheduledPublication.js'
import { DELIVER_TASK } from '../../src/delivery/webhooks.js'
import { failures } from '../../src/workflow/failures.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, workflowFixture } from '../helpers/workflowFixture.js'

type Res = { status: number; body: { errors?: { code: string; message: string }[] } }
type Job = {
  id: string | number
  taskSlug?: string
  input?: { clientId?: string; event?: string; id?: string }
}

const ROUNDS = 20
const STALE = failures.stale()

/**
 * Two editors (or an editor and the scheduler) act on one item at the same moment. Exactly one wins;
 * the other gets 409 with a stable code; the audit log and the portals' queue hear of it once.
 * The jobs runner is off: queued webhooks stay in the queue to be counted, and the scheduler's job is
 * run by the test at the moment it chooses.
 */
describe.each(DATABASES)('racing transitions (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const portals: string[] = []
  const figures = {
    contests: 0,
    won: 0,
    lostStale: 0,
    lostInvalidState: 0,
    duplicateAudits: 0,
    duplicateWebhooks: 0,
  }

  beforeAll(async () => {
    n = await startNewsroom(db, { jobs: false })
    f = await workflowFixture(n)
    for (const name of ['portal-a', 'portal-b']) {
      // Port 9 (discard): nothing is delivered here, the runner is off; the queue is what we count.
      const res = await n.http
        .post('/api/portal-clients')
        .set('Authorization', f.admin.auth)
        .send({
          name,
          webhookUrl: `http://127.0.0.1:9/${name}`,
          webhookSecret: 'rahasia',
          units: [f.units.kominfo],
        })
        .expect(201)
      portals.push(String(res.body.doc.id))
    }
  })
  afterAll(async () => {
    console.log(`transition races (${db}): ${JSON.stringify(figures)}`)
    await n?.stop()
  })

  const doneAudits = async (id: string | number, action: string) =>
    (
      await n.payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { documentId: { equals: String(id) } },
            { action: { equals: action } },
            { outcome: { equals: 'done' } },
          ],
        },
        limit: 0,
        pagination: false,
      })
    ).docs.length
  const queuedWebhooks = async (id: string | number, event: string) => {
    const jobs = (
      await n.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: DELIVER_TASK } },
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs as unknown as Job[]
    const mine = jobs.filter((j) => j.input?.id === String(id) && j.input?.event === event)
    return portals.map((p) => mine.filter((j) => j.input?.clientId === p).length)
  }
  const updatedAt = async (id: string | number) =>
    (
      await n.http
        .get(`/api/press-releases/${id}/workflow`)
        .set('Authorization', f.editor.auth)
        .expect(200)
    ).body.updatedAt as string

  /** Both editors at once; returns [winner, loser]. */
  const contest = async (
    id: string | number,
    body: Record<string, unknown>,
    withVersion: boolean,
  ): Promise<[Res, Res]> => {
    const version = withVersion ? { expectedUpdatedAt: await updatedAt(id) } : {}
    const results = (await Promise.all([
      act(n, f.editor.auth, 'press-releases', id, { ...body, ...version }),
      act(n, f.secondEditor.auth, 'press-releases', id, { ...body, ...version }),
    ])) as unknown as Res[]
    figures.contests++
    const statuses = results.map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409])
    const loser = results.find((r) => r.status === 409) as Res
    // Who read after the winner committed sees the new state; who read before finds the version moved.
    expect(['STALE_VERSION', 'INVALID_STATE']).toContain(loser.body.errors?.[0]?.code)
    if (loser.body.errors?.[0]?.code === 'STALE_VERSION') {
      expect(loser.body.errors?.[0]?.message).toBe(STALE.message)
      figures.lostStale++
    } else figures.lostInvalidState++
    figures.won++
    return [results.find((r) => r.status === 200) as Res, loser]
  }
  const expectOnce = async (id: string | number, action: string, event?: string) => {
    const audits = await doneAudits(id, action)
    if (audits !== 1) figures.duplicateAudits++
    expect(audits).toBe(1)
    if (event) {
      const perPortal = await queuedWebhooks(id, event)
      if (perPortal.some((c) => c !== 1)) figures.duplicateWebhooks++
      expect(perPortal).toEqual(portals.map(() => 1))
    }
  }

  it(`lets exactly one of two editors approve, publish and withdraw, ${ROUNDS} rounds, with and without expectedUpdatedAt`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const withVersion = round % 2 === 1
      const item = await makeItem(n.payload, 'press-releases', {
        state: 'in_review',
        unit: f.units.kominfo,
        title: `Rilis balapan ${db} ${round}`,
      })
      await contest(item.id, { action: 'approve' }, withVersion)
      await expectOnce(item.id, 'approve')
      await contest(item.id, { action: 'publish' }, withVersion)
      await expectOnce(item.id, 'publish', 'publish')
      await contest(
        item.id,
        { action: 'withdraw', reason: 'Ditarik untuk uji balapan.' },
        withVersion,
      )
      await expectOnce(item.id, 'withdraw', 'withdraw')
    }
  })

  it('lets exactly one of two editors publish a correction', async () => {
    for (let round = 0; round < 5; round++) {
      const id = (
        await n.http
          .post('/api/press-releases')
          .set('Authorization', f.writer.auth)
          .send({ title: `Rilis koreksi balapan ${db} ${round}`, unit: f.units.kominfo })
          .expect(201)
      ).body.doc.id
      await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
      await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
      await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
      await n.http
        .patch(`/api/press-releases/${id}`)
        .set('Authorization', f.writer.auth)
        .send({ summary: `Ringkasan dikoreksi ${round}` })
        .expect(200)
      await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
      await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
      await contest(id, { action: 'publish', changeNote: 'Ringkasan diperbaiki.' }, round % 2 === 1)
      const publishes = await doneAudits(id, 'publish')
      expect(publishes).toBe(2) // the first publication and one correction
      expect(await queuedWebhooks(id, 'correction')).toEqual(portals.map(() => 1))
    }
  })

  /** A scheduled item whose time has come, and its publication job (queued as the schedule action does). */
  const dueItem = async (title: string) => {
    const publishAt = new Date(Date.now() - 1000).toISOString()
    const item = await makeItem(n.payload, 'press-releases', {
      state: 'scheduled',
      unit: f.units.kominfo,
      title,
      extra: { publishAt },
    })
    const job = await n.payload.jobs.queue({
      task: PUBLISH_TASK,
      input: { collection: 'press-releases', id: String(item.id), publishAt },
      queue: SCHEDULER_QUEUE,
    })
    return { id: item.id, jobId: job.id }
  }
  /** Starts the job a little later in later rounds, so that sometimes the editor and sometimes the scheduler comes first (either is right). */
  const later = async <T>(round: number, run: () => Promise<T>): Promise<T> => {
    await new Promise((r) => setTimeout(r, round * 10))
    return run()
  }
  /** Payload deletes a job that completed; one that failed stays, with its error. */
  const jobDone = async (jobId: string | number) => {
    const job = await n.payload.findByID({
      collection: 'payload-jobs',
      id: jobId,
      depth: 0,
      disableErrors: true,
    })
    return job === null || (Boolean(job.completedAt) && !job.hasError)
  }

  it('publishes a due item once when the scheduler and an editor publish it at the same moment', async () => {
    const outcomes: number[] = []
    for (let round = 0; round < 6; round++) {
      const { id, jobId } = await dueItem(`Rilis terjadwal balapan ${db} ${round}`)
      const [manual] = (await Promise.all([
        act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }),
        later(round, () => n.payload.jobs.runByID({ id: jobId })),
      ])) as unknown as [Res]
      outcomes.push(manual.status)
      expect([200, 409]).toContain(manual.status)
      expect(await jobDone(jobId)).toBe(true)
      const doc = await n.payload.findByID({ collection: 'press-releases', id, depth: 0 })
      expect(doc.workflowStatus).toBe('published')
      await expectOnce(id, 'publish', 'publish')
    }
    console.log(
      `scheduler vs manual publish (${db}): editor won ${outcomes.filter((s) => s === 200).length} of ${outcomes.length}`,
    )
  })

  it('either unschedules or publishes, never both, when an editor unschedules as the scheduler publishes', async () => {
    const tally = { unscheduled: 0, published: 0 }
    for (let round = 0; round < 6; round++) {
      const { id, jobId } = await dueItem(`Rilis batal jadwal balapan ${db} ${round}`)
      const [manual] = (await Promise.all([
        act(n, f.editor.auth, 'press-releases', id, { action: 'unschedule' }),
        later(round, () => n.payload.jobs.runByID({ id: jobId })),
      ])) as unknown as [Res]
      expect(await jobDone(jobId)).toBe(true)
      const doc = await n.payload.findByID({ collection: 'press-releases', id, depth: 0 })
      const unscheduled = await doneAudits(id, 'unschedule')
      const published = await doneAudits(id, 'publish')
      expect(unscheduled + published).toBe(1)
      if (manual.status === 200) {
        tally.unscheduled++
        expect(doc.workflowStatus).toBe('approved')
        expect(await queuedWebhooks(id, 'publish')).toEqual(portals.map(() => 0))
      } else {
        tally.published++
        expect(manual.status).toBe(409)
        expect(doc.workflowStatus).toBe('published')
        expect(await queuedWebhooks(id, 'publish')).toEqual(portals.map(() => 1))
      }
    }
    console.log(`scheduler vs unschedule (${db}): ${JSON.stringify(tally)}`)
  })

  it('moves a version on only once: the second compare-and-set on the same version matches nothing', async () => {
    const item = await makeItem(n.payload, 'press-releases', {
      state: 'draft',
      unit: f.units.kominfo,
    })
    const req = await createLocalReq({}, n.payload)
    const seen = String(item.updatedAt)
    const now = new Date()
    expect(await claimVersion(req, 'press-releases', item.id, seen, now)).toBe(true)
    expect(await claimVersion(req, 'press-releases', item.id, seen, now)).toBe(false)
    const after = await n.payload.findByID({ collection: 'press-releases', id: item.id, depth: 0 })
    expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(seen).getTime())
  })
})
