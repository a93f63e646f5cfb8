/**
 * Verbs (in the forms news prose uses) that introduce reported speech or writing, so that the person next to them is
 * the speaker. English, French, German, Spanish, Czech. Sorted, lower case; a phrase may hold several words.
 */
export const SPEECH_VERBS = [
  'according to', 'acknowledged', 'acknowledges', 'add', 'added', 'adding', 'adds', 'admits', 'admitted', 'advised',
  'affirmed', 'afirmó', 'agreed', 'agregó', 'ajouta', 'ajoute', 'ajouté', 'announced', 'announces', 'answered', 'antwortete',
  'argued', 'argues', 'arguing', 'asked', 'asking', 'asks', 'asserted', 'assured', 'asegura', 'aseguró', 'betont', 'betonte',
  'blogged', 'called', 'calling', 'calls', 'cautioned', 'claimed', 'claiming', 'claims', 'commented', 'complained',
  'concluded', 'condemned', 'confirmed', 'continued', 'contended', 'cried', 'declara', 'declaró', 'declared', 'déclare',
  'déclaré', 'demanded', 'denied', 'described', 'describes', 'describing', 'dice', 'dijo', 'dit', 'doplnil', 'doplnila',
  'emphasised', 'emphasized', 'erklärt', 'erklärte', 'estimated', 'explained', 'explaining', 'explains', 'explica',
  'explicó', 'explique', 'expliqué', 'hodnotí', 'indica', 'indicó', 'insisted', 'insists', 'joked', 'konstatoval',
  'konstatovala', 'manda', 'mentioned', 'meint', 'meinte', 'napsal', 'napsala', 'noted', 'notes', 'noting', 'observed',
  'pointed out', 'posted', 'predicted', 'přidává', 'přidal', 'přidala', 'píše', 'přirovnává', 'proclaimed', 'promised',
  'protested', 'put it', 'reads', 'recalled', 'recalls', 'remarked', 'replied', 'reported', 'responded', 'říká', 'řekl',
  'řekla', 'retweeted', 'sagt', 'sagte', 'said', 'saying', 'says', 'schreibt', 'schrieb', 'señala', 'señaló', 'shouted',
  'souligne', 'souligné', 'speak', 'stated', 'states', 'stressed', 'suggested', 'summed up', 'tells', 'telling',
  'testified', 'told', 'tvrdí', 'tweeted', 'tweeting', 'urged', 'uvedl', 'uvedla', 'uvádí', 'vowed', 'warned', 'warning',
  'warns', 'wrote', 'writes', 'writing', 'zdůraznil', 'zdůraznila', 'zdůrazňuje',
] as const;
