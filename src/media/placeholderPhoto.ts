import { escapeMarkup as escapeXml } from '../util/escapeMarkup.js'
import sharp from 'sharp'

/** A real JPEG made with sharp: a coloured gradient with a caption, for demo content and tests. */
export const placeholderPhoto = async (
  label: string,
  hue: number,
  width = 1600,
  height = 1000,
): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},65%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},70%,25%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.72}" cy="${height * 0.4}" r="${height * 0.22}" fill="rgba(255,255,255,0.18)"/>
    <text x="60" y="${Math.round(height / 5)}" font-family="sans-serif" font-size="${Math.round(height / 16)}" fill="#fff">${escapeXml(label)}</text>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
