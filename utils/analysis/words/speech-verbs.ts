/**
 * Verbs (in the forms news prose uses) that introduce reported speech or writing, so that the person next to them is
 * the speaker. English, French, German, Spanish, Czech. Sorted, lower case; a phrase may hold several words.
 */
export const SPEECH_VERBS = [
  'according to', 'acknowledged', 'acknowledges', 'add', 'added', 'adding', 'adds', 'admits', 'admitted', 'advierte',
  'adviertió', 'advised', 'affirme', 'affirmed', 'afirma', 'afirmó', 'agreed', 'agregó', 'ajouta', 'ajoute',
  'ajouté', 'annonce', 'announced', 'announces', 'answered', 'antwortete', 'argued', 'argues', 'arguing', 'asegura',
  'aseguró', 'asked', 'asking', 'asks', 'asserted', 'assure', 'assured', 'betont', 'betonte', 'blogged',
  'called', 'calling', 'calls', 'cautioned', 'claimed', 'claiming', 'claims', 'commented', 'complained', 'concluded',
  'condemned', 'confie', 'confirmed', 'considère', 'contended', 'continued', 'cried', 'declara', 'declared', 'declares',
  'declaró', 'demanded', 'denied', 'described', 'describes', 'describing', 'dice', 'dijo', 'dit', 'dodal',
  'dodala', 'doplnil', 'doplnila', 'déclare', 'déclaré', 'dénonce', 'emphasised', 'emphasized', 'erklärt', 'erklärte',
  'estimated', 'estime', 'explained', 'explaining', 'explains', 'explica', 'explicó', 'explique', 'expliqué', 'hodnotí',
  'indica', 'indicó', 'indique', 'insisted', 'insisting', 'insists', 'joked', 'konstatoval', 'konstatovala', 'laut',
  'manda', 'meint', 'meinte', 'mentioned', 'míní', 'napsal', 'napsala', 'noted', 'notes', 'noting',
  'observed', 'podle', 'pointed out', 'posted', 'predicted', 'proclaimed', 'prohlásil', 'prohlásila', 'promised', 'protested',
  'précise', 'prévoit', 'put it', 'píše', 'přidal', 'přidala', 'přidává', 'přirovnává', 'raconte', 'rappelle',
  'reads', 'recalled', 'recalls', 'regrette', 'remarked', 'replied', 'reported', 'responded', 'retweeted', 'sagt',
  'sagte', 'said', 'saying', 'says', 'schreibt', 'schrieb', 'según', 'selon', 'señala', 'señaló',
  'shouted', 'sostiene', 'souligne', 'souligné', 'speak', 'stated', 'states', 'stressed', 'stressing', 'suggested',
  'summed up', 'telling', 'tells', 'testified', 'told', 'tvrdí', 'tweeted', 'tweeting', 'urged', 'uvedl',
  'uvedla', 'uvádí', 'vowed', 'warned', 'warning', 'warns', 'writes', 'writing', 'wrote', 'zdůraznil',
  'zdůraznila', 'zdůrazňuje', 'řekl', 'řekla', 'říká',
] as const;
