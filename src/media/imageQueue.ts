import os from 'node:os'
import sharp from 'sharp'

/**
 * Image work, bounded. A 12-megapixel photo decodes to ~36 MB of pixels and its ten sizes render
 * from them; two such uploads at once would hold both and fight for the same cores. Jobs (decode,
 * re-encode, sizes) run IMAGE_JOBS at a time (default 1), the rest wait their turn in arrival order;
 * libvips uses SHARP_CONCURRENCY threads per image (default: the cores, at most 4) and keeps no
 * operation cache (every upload is new: a cache only holds memory).
 */
const jobs = Math.max(1, Number(process.env.IMAGE_JOBS ?? 1))
sharp.concurrency(
  Math.max(1, Number(process.env.SHARP_CONCURRENCY ?? Math.min(os.availableParallelism(), 4))),
)
sharp.cache(false)

let running = 0
const waiting: (() => void)[] = []

/** Runs `work` when a slot is free; the slot is released however it ends. */
export const withImageSlot = async <T>(work: () => Promise<T>): Promise<T> => {
  if (running >= jobs) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}
