import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DELIVER_TASK, WEBHOOK_QUEUE } from '../../src/delivery/webhooks.js'
import { claimJobs } from '../../src/jobs/claimJobs.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

/**
 * The claim itself, on both databases, with the clock passed in: concurrent claimers never share a
 * job, a claimed job is left alone while its lease runs, and taken over once it has run out.
 */
describe.each(DATABASES)('claiming jobs (%s)', (db) => {
  let n: TestNewsroom
  const LEASE = 60_000

  beforeAll(async () => {
    n = await startNewsroom(db, { jobs: false })
  })
  afterAll(async () => {
    await n?.stop()
  })

  it('hands each due job to exactly one of several concurrent claimers, and again only after the lease', async () => {
    const queued: (string | number)[] = []
    for (let i = 0; i < 30; i++) {
      const job = await n.payload.jobs.queue({
        task: DELIVER_TASK,
        input: {
          clientId: '1',
          event: 'publish',
          collection: 'press-releases',
          id: String(i),
        },
        queue: WEBHOOK_QUEUE,
      })
      queued.push(job.id)
    }
    const later = await n.payload.jobs.queue({
      task: DELIVER_TASK,
      input: {
        clientId: '1',
        event: 'embargo-lifted',
        collection: 'press-releases',
        id: 'x',
      },
      queue: WEBHOOK_QUEUE,
      waitUntil: new Date(Date.now() + 3600_000),
    })

    const now = new Date()
    const claims = await Promise.all(
      [0, 1, 2, 3].map(() =>
        claimJobs(n.payload, { queue: WEBHOOK_QUEUE, limit: 10, leaseMs: LEASE, now }),
      ),
    )
    const all = claims.flat().map(String)
    console.log(
      `claims (${db}): ${claims.map((c) => c.length).join(' + ')} of ${queued.length} due jobs`,
    )
    expect(new Set(all).size).toBe(all.length) // nobody got a job twice
    expect(all.sort()).toEqual(queued.map(String).sort()) // every due job was claimed
    expect(all).not.toContain(String((later as { id: string | number }).id)) // not before its time

    // While the lease runs nobody else takes them; once it has run out, they are taken over.
    expect(
      await claimJobs(n.payload, {
        queue: WEBHOOK_QUEUE,
        limit: 100,
        leaseMs: LEASE,
        now: new Date(now.getTime() + LEASE - 1000),
      }),
    ).toEqual([])
    const takenOver = await claimJobs(n.payload, {
      queue: WEBHOOK_QUEUE,
      limit: 100,
      leaseMs: LEASE,
      now: new Date(now.getTime() + LEASE + 1000),
    })
    expect(takenOver.map(String).sort()).toEqual(queued.map(String).sort())

    // Completed jobs are never claimed again.
    await n.payload.update({
      collection: 'payload-jobs',
      where: { id: { in: queued } },
      data: { completedAt: new Date().toISOString(), processing: false },
    })
    const afterTwoHours = await claimJobs(n.payload, {
      queue: WEBHOOK_QUEUE,
      limit: 100,
      leaseMs: LEASE,
      now: new Date(now.getTime() + 2 * 3600_000),
    })
    expect(afterTwoHours.map(String)).toEqual([String((later as { id: string | number }).id)])
  })
})
