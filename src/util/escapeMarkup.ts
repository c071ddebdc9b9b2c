/** Text made safe inside HTML or XML element content and quoted attributes. */
export const escapeMarkup = (s: string): string =>
  s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
