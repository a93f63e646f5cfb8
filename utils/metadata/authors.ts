/** Words that mark a byline as an organisation, a wire service or a desk rather than a person. */
const ORGANISATION_WORDS =
  /\b(agency|agencies|associated press|afp|ap|bureau|correspondents?|desk|editorial|editors|foundation|network|news|newsroom|press|reuters|service|staff|team|times|wire|writers)\b/i;

/** Strings that are placeholders, not names. */
const PLACEHOLDER_NAMES = /^(admin|administrator|anonymous|editor|guest|unknown|webmaster|null|undefined)$/i;

/** Splits a byline into person names in byline order: drops "By", job descriptions, URLs and organisations. */
export function parseByline(byline: string): string[] {
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|par|por|von|door|di|av|od|autor(?:ka)?:?)\s+/i, '')
    .replace(/\s+(is|est|es|ist)\s+(a|an|the|une?|el|la|ein|eine)?\b.*$/i, '')
    .replace(/\s*[|•·—–-]\s+.*$/, '')
    .trim();
  return splitNames(cleaned).map(cleanName).filter(isPersonName);
}

/** Splits "A, B and C" (and its translations) into names. */
function splitNames(byline: string): string[] {
  return byline.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\ba\b(?=\s+\p{Lu})|\bi\b)\s*/iu).filter(Boolean);
}

function cleanName(name: string): string {
  return name
    .replace(/^\s*(by|par|por|von)\s+/i, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/\s*@\S+/g, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** Whether a string looks like one person's name rather than an organisation, a URL or a placeholder. */
export function isPersonName(name: string): boolean {
  if (!name || name.length > 60 || /[/@]|https?:|www\.|\d/.test(name)) return false;
  if (PLACEHOLDER_NAMES.test(name)) return false;
  if (ORGANISATION_WORDS.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^[\p{Lu}'’][\p{L}'’.-]*$/u.test(word) || /^(van|von|de|der|den|du|da|di|del|della|la|le|bin|ibn|al|el|y|dos|das)$/i.test(word));
}
