import slugify from 'slugify'

const MAX_LENGTH = 80

/**
 * A URL slug from an Indonesian title: lower case, ASCII, hyphens, at most 80 characters cut at a
 * word boundary. "Gubernur Resmikan RSUD Dr. Soetomo (Tahap II)" → "gubernur-resmikan-rsud-dr-soetomo-tahap-ii";
 * "&" reads "dan".
 */
export const toSlug = (text: string): string => {
  const slug = slugify(text.replace(/&/g, ' dan '), {
    lower: true,
    strict: true,
    locale: 'id',
    trim: true,
  })
  if (slug.length <= MAX_LENGTH) return slug || 'tanpa-judul'
  const cut = slug.slice(0, MAX_LENGTH)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut
}

/** The n-th candidate for a slug already taken: base, base-2, base-3, … */
export const slugCandidate = (base: string, attempt: number): string =>
  attempt <= 1 ? base : `${base}-${attempt}`
