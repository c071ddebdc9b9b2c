const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `task` after every earlier task of the same key in this process has settled. For databases
 * without transactions (SQLite as configured), where a transition's writes are separate statements:
 * without it a second transition of the same item could read the item between the first one's
 * compare-and-set and its write, and decide on a half-written state.
 */
export const oneAtATime = async <T>(key: string, task: () => Promise<T>): Promise<T> => {
  const before = queues.get(key) ?? Promise.resolve()
  const mine = before.then(task, task)
  const settled = mine.catch(() => undefined)
  queues.set(key, settled)
  try {
    return await mine
  } finally {
    if (queues.get(key) === settled) queues.delete(key)
  }
}
