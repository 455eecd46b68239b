const emoji = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu

/** Removes emoji (and their variation selectors) so headings and values compare as words. */
export function stripEmoji(text: string): string {
  return text.replace(emoji, '').replace(/\s+/g, ' ').trim()
}
