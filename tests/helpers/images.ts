import sharp from 'sharp'

/** Real image files for upload tests, made here rather than stored as fixtures. */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A tiny PNG whose header claims width × height pixels: a decompression bomb as far as any decoder knows. */
export const pngBomb = (width: number, height: number): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.writeUInt8(8, 8) // bit depth
  ihdr.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A photo taken "sideways" (EXIF orientation 6) with GPS coordinates, a camera and a date: left half red, right half blue. */
export const phonePhotoWithGps = async (width = 1200, height = 800): Promise<Buffer> => {
  const half = Math.round(width / 2)
  const red = await sharp({ create: { width: half, height, channels: 3, background: '#d00000' } })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#0000d0' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A55' },
      IFD2: { DateTimeOriginal: '2026:11:20 09:15:30' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '7/1 15/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '112/1 45/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** Left part red, right part blue, no metadata. */
export const redBlue = async (
  width: number,
  height: number,
  redWidth = Math.round(width / 2),
): Promise<Buffer> => {
  const red = await sharp({
    create: { width: redWidth, height, channels: 3, background: '#d00000' },
  })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#0000d0' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .toBuffer()
}

export const svgWithScript = (): Buffer =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
  )

export const pdfNamedJpeg = (): Buffer =>
  Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** A valid JPEG with an HTML page appended: a polyglot that browsers could sniff as HTML. */
export const jpegHtmlPolyglot = async (): Promise<Buffer> =>
  Buffer.concat([
    await redBlue(320, 240),
    Buffer.from('<html><body><script>alert("polyglot")</script></body></html>'),
  ])

export const truncatedJpeg = async (): Promise<Buffer> => {
  const full = await sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 120, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer()
  return full.subarray(0, Math.floor(full.length / 2))
}

export const animatedGif = async (): Promise<Buffer> => {
  const frame = (c: string) =>
    sharp({ create: { width: 40, height: 40, channels: 3, background: c } })
      .png()
      .toBuffer()
  return sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
    .gif({ loop: 0 })
    .toBuffer()
}

/** The mean colour of an image as [r, g, b]. */
export const meanColour = async (image: Buffer): Promise<number[]> =>
  (await sharp(image).stats()).channels.slice(0, 3).map((c) => Math.round(c.mean))
