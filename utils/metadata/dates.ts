/** Month names (English, French, Spanish, German, Italian, Portuguese, Dutch) to month numbers; abbreviations by prefix. */
const MONTH_NAMES: [RegExp, number][] = [
  [/^(jan|ene|gen|janv|janeiro|januar)/i, 1], [/^(feb|fév|fev|febr)/i, 2], [/^(mar|mär|mrt)/i, 3], [/^(apr|avr|abr)/i, 4],
  [/^(may|mai|mayo|mag|maio|mei)/i, 5], [/^(jun|juin|giu)/i, 6], [/^(jul|juil|lug)/i, 7], [/^(aug|aoû|aou|ago)/i, 8],
  [/^(sep|set)/i, 9], [/^(oct|okt|ott|out)/i, 10], [/^(nov)/i, 11], [/^(dec|déc|dic|dez)/i, 12],
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Keeps an ISO date or date-time as stated; reads other common date forms as a calendar day; drops garbage. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // Year 1 and the like are unset fields of a CMS, not dates.
  if (ISO_DATE.test(trimmed)) return Number(trimmed.slice(0, 4)) >= 1900 ? trimmed.replace(' ', 'T') : null;
  if (/^\d{8}$/.test(trimmed)) return isoDay(Number(trimmed.slice(0, 4)), Number(trimmed.slice(4, 6)), Number(trimmed.slice(6, 8)));
  return dateInText(trimmed);
}

/** The first calendar date written out in a text: "April 21, 2015", "21 avril 2015", "Dec. 6, 2024", "07.12.2017". */
export function dateInText(text: string): string | null {
  for (const [pattern, read] of DATE_FORMS) {
    const match = text.match(pattern);
    const date = match ? read(match) : null;
    if (date) return date;
  }
  return null;
}

/**
 * Written date forms, tried in order; each reads (year, month, day) from its match. Month names are written in Latin-1
 * letters in every language read here: a `\p{L}{3,9}` class, repeated nine times, took V8 milliseconds to compile.
 */
const DATE_FORMS: [RegExp, (m: RegExpMatchArray) => string | null][] = [
  [/\b([A-Za-zÀ-ÖØ-öø-ÿ]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/, (m) => fromParts(m[3], monthName(m[1]), m[2])],
  // JavaScript's and C's date strings: "Mon Aug 03 12:45:00 EDT 2015".
  [/\b([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?((?:19|20)\d{2})\b/, (m) => fromParts(m[3], monthName(m[1]), m[2])],
  [/\b(\d{1,2})\.?\s+(?:de\s+)?([A-Za-zÀ-ÖØ-öø-ÿ]{3,9})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/, (m) => fromParts(m[3], monthName(m[2]), m[1])],
  [/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/, (m) => fromParts(m[3], Number(m[2]), m[1])],
  [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, (m) => fromParts(m[1], Number(m[2]), m[3])],
];

/** A date in a URL path: /2023/01/31/, 2023-01-31, /2019/nov/18/, or a slug ending -20191115/. A last resort. */
export function dateFromUrl(url: string | null): string | null {
  const path = url?.replace(/[?#].*$/, '') ?? '';
  const numeric = path.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|[-_.])/);
  if (numeric) return `${numeric[1]}-${numeric[2]}-${numeric[3]}`;
  const named = path.match(/\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})\//i);
  if (named) return fromParts(named[1], monthName(named[2]), named[3]);
  const slug = path.match(/[-_]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\/?$/);
  return slug ? `${slug[1]}-${slug[2]}-${slug[3]}` : null;
}

/** Visible datelines: `<time datetime>` first, then elements whose class says they hold the publication date. */
export function readVisibleDate(document: Document): string | null {
  const time = document.querySelector('time[itemprop~="datePublished" i][datetime], time[pubdate][datetime], article time[datetime], time[datetime]');
  const stated = normaliseDate(time?.getAttribute('datetime'));
  if (stated) return stated;
  for (const element of document.querySelectorAll('[itemprop~="datePublished" i], [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="dateline" i], time')) {
    const text = element.getAttribute('content') ?? element.textContent ?? '';
    if (text.length > 120) continue;
    const date = normaliseDate(text);
    if (date) return date;
  }
  return null;
}

function monthName(name: string | undefined): number {
  return MONTH_NAMES.find(([pattern]) => pattern.test(name ?? ''))?.[1] ?? 0;
}

function fromParts(year: string | undefined, month: number, day: string | undefined): string | null {
  return isoDay(Number(year), month, Number(day));
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
