import {
  convertLexicalToHTMLAsync,
  defaultHTMLConvertersAsync,
  type HTMLConvertersAsync,
} from '@payloadcms/richtext-lexical/html-async'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { PayloadRequest } from 'payload'
import { publicContentWhere } from '../access/publicContentWhere.js'
import { apiBaseOf, photoSizeUrl, publicItemUrl, siteBaseOf } from '../config/publicUrls.js'
import { SIZE_SPECS } from '../media/imageSizes.js'
import { escapeMarkup } from '../util/escapeMarkup.js'
import { idOf } from '../util/idOf.js'
import { isNewsCollection } from '../workflow/newsCollections.js'
import { sanitizeBodyHtml } from './sanitizeBodyHtml.js'

type Id = string | number
type Node = Record<string, unknown> & { type?: string; children?: Node[] }
type SizeEntry = { filename?: string | null; width?: number | null; height?: number | null }
export type BodyPhoto = {
  alt?: string | null
  caption?: string | null
  credit?: string | null
  sizes?: Record<string, SizeEntry | null> | null
}
export type PublicBody = { bodyHtml: string; bodyText: string }

/** What rendering needs from the outside world: addresses, and the photos and items a body names. */
export type BodyContext = {
  apiBase: string
  siteBase: string
  photo: (id: Id) => Promise<BodyPhoto | null>
  /** A news item's slug, only if the public may read it now (never a draft's or an embargoed one's). */
  publicSlug: (collection: string, id: Id) => Promise<string | null>
}

// Sizes that keep the photo's proportions; the cropped ones (thumbnail, og, square) would mix shapes.
const SRCSET_SIZES = SIZE_SPECS.filter((s) => !s.height).map((s) => s.name)
const e = (v: unknown) => escapeMarkup(String(v ?? ''))

const figure = (photo: BodyPhoto, apiBase: string, altOverride?: unknown): string => {
  const entries = SRCSET_SIZES.map((name) => photo.sizes?.[name])
    .filter((s): s is SizeEntry & { filename: string; width: number } =>
      Boolean(s?.filename && s.width),
    )
    .filter((s, i, all) => all.findIndex((o) => o.width === s.width) === i)
  if (!entries.length) return ''
  const first = entries[0]
  const srcset = entries.map((s) => `${photoSizeUrl(apiBase, s.filename)} ${s.width}w`).join(', ')
  const alt = (typeof altOverride === 'string' && altOverride) || photo.alt || ''
  const caption = [
    photo.caption ? e(photo.caption) : '',
    photo.credit ? `<small>${e(photo.credit)}</small>` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    `<figure><img src="${e(photoSizeUrl(apiBase, first.filename))}" srcset="${e(srcset)}"` +
    ` sizes="(max-width: ${first.width}px) 100vw, ${first.width}px" alt="${e(alt)}"` +
    ` width="${first.width}"${first.height ? ` height="${first.height}"` : ''} loading="lazy">` +
    (caption ? `<figcaption>${caption}</figcaption>` : '') +
    `</figure>`
  )
}

/**
 * A link target a reader may follow, made absolute (our own paths point at the public site), or null.
 * Input validation already refuses other schemes; this holds for bodies stored before it did.
 */
const safeHref = (url: string, siteBase: string): string | null => {
  if (/^\/(?!\/)/.test(url)) return `${siteBase.replace(/\/$/, '')}${url}`
  return /^(https?:\/\/|mailto:|tel:|#)/i.test(url) ? url : null
}

const converters = (ctx: BodyContext): HTMLConvertersAsync => {
  const internalHref = async (doc: unknown): Promise<string | null> => {
    const d = doc as { relationTo?: string; value?: unknown } | undefined
    const id = idOf(d?.value)
    if (!d?.relationTo || id === null || !isNewsCollection(d.relationTo)) return null
    const slug = await ctx.publicSlug(d.relationTo, id)
    return slug ? publicItemUrl(ctx.siteBase, d.relationTo, slug) : null
  }
  const linkHtml = async (
    node: { children: unknown[]; fields?: unknown },
    nodesToHTML: (a: { nodes: never[] }) => Promise<string[]>,
  ): Promise<string> => {
    const children = (await nodesToHTML({ nodes: node.children as never[] })).join('')
    const fields = (node.fields ?? {}) as {
      linkType?: string
      url?: string
      doc?: unknown
      newTab?: boolean
    }
    const href =
      fields.linkType === 'internal'
        ? await internalHref(fields.doc)
        : typeof fields.url === 'string' && fields.url.trim()
          ? safeHref(fields.url.trim(), ctx.siteBase)
          : null
    // A link to something the public may not see keeps its words and loses its target.
    if (!href) return children
    return `<a href="${e(href)}"${fields.newTab ? ' target="_blank"' : ''}>${children}</a>`
  }
  return {
    ...defaultHTMLConvertersAsync,
    text: ({ node }) => {
      const format = Number(node.format ?? 0)
      let html = e(node.text)
      const wrap = [
        [1, 'strong'],
        [2, 'em'],
        [4, 's'],
        [8, 'u'],
        [16, 'code'],
        [32, 'sub'],
        [64, 'sup'],
      ] as const
      for (const [bit, tag] of wrap) if (format & bit) html = `<${tag}>${html}</${tag}>`
      return html
    },
    link: ({ node, nodesToHTML }) => linkHtml(node, nodesToHTML),
    autolink: ({ node, nodesToHTML }) => linkHtml(node, nodesToHTML),
    upload: async ({ node }) => {
      const n = node as unknown as {
        relationTo?: string
        value?: unknown
        fields?: { alt?: unknown }
      }
      const id = idOf(n.value)
      if (n.relationTo !== 'photos' || id === null) return ''
      const photo = await ctx.photo(id)
      return photo ? figure(photo, ctx.apiBase, n.fields?.alt) : ''
    },
    relationship: async ({ node }) => {
      const n = node as unknown as { relationTo?: string; value?: unknown }
      if (!n.relationTo || !isNewsCollection(n.relationTo)) return ''
      const href = await internalHref({ relationTo: n.relationTo, value: n.value })
      return href ? `<p><a href="${e(href)}">${e(href)}</a></p>` : ''
    },
    unknown: () => '',
  }
}

const textConverters = {
  quote: ({
    node,
    nodesToPlaintext,
  }: {
    node: Node
    nodesToPlaintext: (a: { nodes: Node[] }) => string[]
  }) => `\n\n${nodesToPlaintext({ nodes: node.children ?? [] }).join('')}\n\n`,
}

/**
 * The public rendering of a Lexical body: sanitised HTML for portals (photos as figures with an
 * absolute srcset, caption and credit; links kept, internal ones to public items only) and plain text.
 */
export const renderBody = async (body: unknown, ctx: BodyContext): Promise<PublicBody> => {
  const data = body as { root?: Node } | null | undefined
  if (!data?.root || !Array.isArray(data.root.children)) return { bodyHtml: '', bodyText: '' }
  const html = await convertLexicalToHTMLAsync({
    data: data as never,
    converters: converters(ctx),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  const ownHosts = [...new Set([ctx.apiBase, ctx.siteBase].map((b) => new URL(b).host))]
  const bodyText = convertLexicalToPlaintext({
    data: data as never,
    converters: textConverters as never,
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { bodyHtml: sanitizeBodyHtml(html, ownHosts), bodyText }
}

/**
 * Renders a body as the newsroom publishes it: photos read as the system (a photo shown by a public
 * item is public), linked items through the public rule, in the caller's transaction.
 */
export const renderPublicBody = (req: PayloadRequest, body: unknown): Promise<PublicBody> =>
  renderBody(body, {
    apiBase: apiBaseOf(req.payload),
    siteBase: siteBaseOf(req.payload),
    photo: async (id) =>
      (await req.payload.findByID({
        collection: 'photos',
        id,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as BodyPhoto | null,
    publicSlug: async (collection, id) => {
      if (!isNewsCollection(collection)) return null
      const found = await req.payload.find({
        collection,
        where: { and: [{ id: { equals: id } }, publicContentWhere(new Date())] },
        depth: 0,
        limit: 1,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const slug = found.docs[0]?.slug
      return typeof slug === 'string' ? slug : null
    },
  })
