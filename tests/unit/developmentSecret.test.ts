import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { DEVELOPMENT_SECRET } from '../../src/config/env.js'
import { logger } from '../../src/logger.js'
import { buildNewsroomConfig } from '../../src/payload.config.js'

describe('the development secret', () => {
  const saved = process.env.PAYLOAD_SECRET
  afterEach(() => {
    jest.restoreAllMocks()
    if (saved === undefined) delete process.env.PAYLOAD_SECRET
    else process.env.PAYLOAD_SECRET = saved
  })
  const watch = () => ({
    console: jest.spyOn(console, 'warn').mockImplementation(() => undefined),
    log: jest.spyOn(logger, 'warn'),
  })

  it('is announced in the log and on the console, in Indonesian and English, whenever it signs sessions', async () => {
    delete process.env.PAYLOAD_SECRET
    for (const options of [{}, { secret: DEVELOPMENT_SECRET }]) {
      const spies = watch()
      const { config } = await buildNewsroomConfig({
        databaseUri: 'file:/tmp/humas-tidak-dibuka.db',
        ...options,
      })
      expect(config.secret).not.toBe('')
      expect(spies.console).toHaveBeenCalledTimes(1)
      expect(spies.log).toHaveBeenCalledTimes(1)
      const message = String(spies.console.mock.calls[0][0])
      expect(message).toMatch(/PERINGATAN: PAYLOAD_SECRET/)
      expect(message).toMatch(/WARNING: PAYLOAD_SECRET is not set/)
      jest.restoreAllMocks()
    }
  })

  it('stays quiet with a real secret', async () => {
    process.env.PAYLOAD_SECRET = 'rahasia-produksi-yang-panjang-0123456789'
    const spies = watch()
    await buildNewsroomConfig({ databaseUri: 'file:/tmp/humas-tidak-dibuka.db' })
    expect(spies.console).not.toHaveBeenCalled()
    expect(spies.log).not.toHaveBeenCalled()
  })
})
