import sanitizeHtml from 'sanitize-html'

/** Hosts whose links are ours (the API and the public site); every other http(s) link is external. */
export type OwnHosts = readonly string[]

const hostOf = (href: string): string | null => {
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null
  } catch {
    return null
  }
}

/**
 * The last word on what a portal receives as `bodyHtml`: an allow-list of tags, attributes and URL
 * schemes (no scripts, styles, event handlers, `javascript:` or `data:` URLs, whatever the converter
 * or a stored body produced). External links get `rel="noopener"`.
 */
export const sanitizeBodyHtml = (html: string, ownHosts: OwnHosts = []): string =>
  sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'strong',
      'em',
      's',
      'u',
      'sub',
      'sup',
      'code',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'figure',
      'figcaption',
      'img',
      'small',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: {
      a: ['href', 'rel', 'target'],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        const host = attribs.href ? hostOf(attribs.href) : null
        const external = host !== null && !ownHosts.includes(host)
        const rel = new Set((attribs.rel ?? '').split(/\s+/).filter(Boolean))
        if (external || attribs.target === '_blank') rel.add('noopener')
        const { rel: _old, ...rest } = attribs
        return { tagName, attribs: rel.size ? { ...rest, rel: [...rel].join(' ') } : rest }
      },
    },
  }).trim()
