/** Verbs (in the forms news prose uses) that introduce reported speech or writing. English, French, German, Spanish, Czech. Sorted, lower case. */
export const SPEECH_VERBS = [
  'acknowledged', 'added', 'admits', 'admitted', 'advised', 'affirmed', 'agreed', 'ajouta', 'ajoute', 'ajouté', 'announced',
  'answered', 'argued', 'argues', 'asked', 'asks', 'asserted', 'assured', 'cautioned', 'claimed', 'claims', 'commented',
  'complained', 'concluded', 'confirmed', 'continued', 'contended', 'cried', 'declaró', 'declared', 'demanded', 'denied',
  'dice', 'dijo', 'dit', 'emphasised', 'emphasized', 'erklärte', 'estimated', 'explained', 'explains', 'explica', 'explicó',
  'expliqué', 'explique', 'indicó', 'insisted', 'insists', 'joked', 'mentioned', 'meinte', 'napsal', 'napsala', 'noted',
  'notes', 'observed', 'pointed out', 'posted', 'predicted', 'promised', 'proclaimed', 'protested', 'recalled', 'remarked',
  'replied', 'reported', 'responded', 'řekl', 'řekla', 'said', 'sagt', 'sagte', 'says', 'señaló', 'shouted', 'souligne',
  'souligné', 'stated', 'stressed', 'suggested', 'tells', 'testified', 'told', 'tweeted', 'uvedl', 'uvedla', 'urged',
  'vowed', 'warned', 'warns', 'wrote', 'writes', 'zdůraznil', 'zdůraznila',
] as const;
