import { newsCollection } from './news/index.js'

export const PressReleases = newsCollection({
  slug: 'press-releases',
  labels: {
    singular: { id: 'Siaran pers', en: 'Press release' },
    plural: { id: 'Siaran pers', en: 'Press releases' },
  },
  defaultColumns: ['title', 'workflowStatus', 'unit', 'embargoUntil', 'publishAt', 'publishedAt'],
})
