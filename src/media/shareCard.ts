import { escapeMarkup as escapeXml } from '../util/escapeMarkup.js'
import sharp from 'sharp'

export const SHARE_CARD = { width: 1200, height: 630 } as const

/** Breaks a title into at most `maxLines` lines of about `width` characters, with an ellipsis if cut. */
export const wrapTitle = (title: string, width = 34, maxLines = 4): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line)
      line = word
    } else line = (line + ' ' + word).trim()
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[.,;:]?$/, '')}…`
  return kept
}

/**
 * The 1200×630 image that WhatsApp, Facebook, X and Telegram show for a link: the item's photo (or a
 * plain background), a dark band with the title, and the unit's name and logo.
 */
export const renderShareCard = async (card: {
  title: string
  unitName: string
  photo?: Buffer | null
  logo?: Buffer | null
}): Promise<Buffer> => {
  const { width, height } = SHARE_CARD
  const background = card.photo
    ? sharp(card.photo).resize(width, height, { fit: 'cover', position: 'attention' })
    : sharp({ create: { width, height, channels: 3, background: '#0b3d6e' } })
  const lines = wrapTitle(card.title)
  const fontSize = lines.length > 3 ? 50 : 56
  const textTop = height - 60 - lines.length * (fontSize + 12)
  const overlay =
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0.25" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.85"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#shade)"/>
    <rect x="0" y="0" width="${width}" height="88" fill="#0b3d6e" fill-opacity="0.9"/>
    <text x="${card.logo ? 120 : 48}" y="56" font-family="DejaVu Sans, sans-serif" font-size="30" font-weight="bold" fill="#fff">${escapeXml(card.unitName)}</text>
    ${lines.map((l, i) => `<text x="48" y="${textTop + (i + 1) * (fontSize + 12)}" font-family="DejaVu Sans, sans-serif" font-size="${fontSize}" font-weight="bold" fill="#fff">${escapeXml(l)}</text>`).join('\n')}
  </svg>`)
  const layers: sharp.OverlayOptions[] = [{ input: overlay, top: 0, left: 0 }]
  if (card.logo)
    layers.push({
      input: await sharp(card.logo)
        .resize(64, 64, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .png()
        .toBuffer(),
      top: 12,
      left: 40,
    })
  return background.composite(layers).jpeg({ quality: 85 }).toBuffer()
}
