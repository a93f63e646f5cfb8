/** Company-form endings that readers do not say: "The New York Times Company" is The New York Times. */
const COMPANY_SUFFIX = /,?\s+(company|co\.|corporation|corp\.?|limited)$/i;

/** Legal-form endings that are never part of a publication's name. */
const LEGAL_FORM = /,?\s+(inc\.?|llc|ltd\.?|plc|gmbh|s\.a\.|a\.s\.)$/i;

/** The publication's name as readers know it, reconciled from the candidates in order of preference. */
export function choosePublisher(candidates: (string | null | undefined)[]): string | null {
  // A company form ("Wikimedia Foundation, Inc.") names the owner, not the publication: use it last.
  const ordered = [...candidates.filter((name) => !isCompanyForm(name)), ...candidates.filter(isCompanyForm)];
  const names = ordered.map(cleanPublisher).filter((name): name is string => !!name);
  const first = names[0];
  if (!first) return null;
  // "Le Monde.fr" and "Le Monde": the name without the domain ending is what readers say.
  const shorter = names.find((name) => name !== first && withoutDomain(first).toLowerCase() === name.toLowerCase());
  return shorter ?? first;
}

/** Drops taglines ("Site - Know what is happening"), company forms, and values that are URLs or handles. */
export function cleanPublisher(value: string | null | undefined): string | null {
  if (!value) return null;
  let name = value.replace(/\s+/g, ' ').trim();
  if (/^(https?:|www\.)|^@|\/\//i.test(name)) return null;
  name = name.split(/\s+[|–—-]\s+/)[0]?.trim() ?? name;
  name = name.replace(LEGAL_FORM, '').trim();
  const company = name.replace(COMPANY_SUFFIX, '').trim();
  if (company.replace(/^the\s+/i, '').split(/\s+/).length >= 2) name = company;
  return name.length >= 2 && name.length <= 60 ? name : null;
}

function withoutDomain(name: string): string {
  return name.replace(/\.(com|net|org|fr|de|es|it|cz|co\.uk|uk|ar|br|nl|pl|ru|in|au|ca)$/i, '');
}

function isCompanyForm(name: string | null | undefined): boolean {
  return !!name && (LEGAL_FORM.test(name.trim()) || COMPANY_SUFFIX.test(name.trim()) || /\bfoundation\b/i.test(name));
}
