/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months, and the
 * portfolios a role is "of" ("Chief of Staff", "Secretary of Defense", "Director of National Intelligence").
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'accord', 'act', 'administration', 'affairs', 'agence', 'agencia', 'agency', 'airlines', 'airport', 'airways',
  'alliance', 'amazon', 'amphitheater', 'amphitheatre', 'apple', 'apr', 'april', 'archived', 'arena', 'army',
  'asamblea', 'assembly', 'assemblée', 'association', 'auditorium', 'aug', 'august', 'authority', 'avenue', 'bank',
  'bay', 'board', 'brands', 'bridge', 'bureau', 'capital', 'casino', 'cathedral', 'center', 'centre', 'century',
  'chamber', 'championship', 'channel', 'chronicle', 'church', 'city', 'ciudad', 'club', 'co', 'coalition', 'coliseum',
  'college', 'command', 'commerce', 'commission', 'committee', 'communications', 'company', 'composite', 'conference', 'congreso', 'congress',
  'conseil', 'consejo', 'consulate', 'copa', 'corp', 'corporation', 'corte', 'council', 'county', 'cour', 'court',
  'dec', 'december', 'defence', 'defense', 'department', 'district', 'east', 'education', 'embassy', 'energy', 'enterprises', 'equities',
  'estado', 'estados', 'examiner', 'exercise', 'facebook', 'feb', 'february', 'federation', 'festival', 'finance', 'foods',
  'force', 'forces', 'forum', 'forums', 'foundation', 'friday', 'fund', 'fundación', 'gallery', 'gazette', 'gmbh',
  'gobierno', 'google', 'gouvernement', 'government', 'group', 'harbor', 'harbour', 'health', 'herald', 'highway',
  'holdings', 'hospital', 'hotel', 'house', 'inc', 'industries', 'instagram', 'institute', 'instituto', 'insurance', 'intelligence',
  'island', 'january', 'journal', 'jul', 'july', 'june', 'kingdom', 'labs', 'lake', 'league', 'legislature',
  'linkedin', 'llc', 'ltd', 'magazine', 'management', 'marathon', 'march', 'markets', 'may', 'media', 'microsoft',
  'ministerio', 'ministerstvo', 'ministry', 'ministère', 'monday', 'motors', 'mountain', 'museum', 'nación', 'nation',
  'nations', 'navy', 'netflix', 'networks', 'news', 'north', 'nov', 'november', 'oct', 'october', 'office', 'olympics',
  'organisation', 'organization', 'palace', 'park', 'parliament', 'partei', 'parti', 'partido', 'partners', 'party',
  'pavilion', 'pharmaceuticals', 'plc', 'police', 'port', 'post', 'press', 'prison', 'productions', 'prosecution',
  'protection', 'published', 'radio', 'railway', 'railways', 'records', 'regierung', 'republic', 'república', 'research',
  'reserve', 'retrieved', 'river', 'road', 'république', 'samsung', 'saturday', 'school', 'sciences', 'sea',
  'securities', 'security', 'senado', 'senate', 'sep', 'sept', 'september', 'service', 'services', 'show', 'society', 'solutions',
  'south', 'space', 'square', 'staat', 'stadium', 'staff', 'state', 'statehouse', 'states', 'station', 'stores', 'strana',
  'street', 'strip', 'studios', 'summary', 'summit', 'sunday', 'systems', 'team', 'technologies', 'telegram',
  'terminal', 'terminals', 'theater', 'theatre', 'thursday', 'tiktok', 'times', 'treasury', 'treaty', 'tribunal', 'tribune',
  'trust', 'tuesday', 'tunnel', 'twitter', 'unidos', 'union', 'unis', 'united', 'universidad', 'universidade',
  'university', 'updated', 'ville', 'vláda', 'web', 'wednesday', 'west', 'youtube', 'état', 'états',
];
