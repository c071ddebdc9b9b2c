import { describe, expect, it } from '@jest/globals'
import { databaseAdapterFor } from '../../src/db/databaseAdapter.js'

describe('databaseAdapterFor', () => {
  it.each([
    ['file:/tmp/humas-adapter-test.db', 'sqlite', 'sqlite'],
    ['postgres://u:p@127.0.0.1:5/humas', 'postgres', 'postgres'],
    ['mongodb://127.0.0.1:27017/humas', 'mongodb', 'mongoose'],
  ])('%s builds the %s adapter (%s) without connecting', async (uri, kind, adapterName) => {
    const choice = await databaseAdapterFor(uri)
    expect(choice.kind).toBe(kind)
    expect(choice.adapter.name).toBe(adapterName)
    expect(typeof choice.adapter.init).toBe('function')
  })
})
