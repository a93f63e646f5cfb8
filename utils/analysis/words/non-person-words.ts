/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months.
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'administration', 'agence', 'agencia', 'agency', 'airlines', 'airport', 'airways', 'alliance', 'apr',
  'april', 'archived', 'arena', 'army', 'asamblea', 'assembly', 'assemblée', 'association', 'aug', 'august',
  'authority', 'avenue', 'bank', 'bay', 'board', 'brands', 'bridge', 'bureau', 'capital', 'cathedral', 'center',
  'centre', 'century', 'chamber', 'championship', 'channel', 'chronicle', 'church', 'city', 'ciudad', 'club', 'co',
  'coalition', 'college', 'command', 'commission', 'committee', 'company', 'composite', 'conference', 'congreso',
  'congress', 'conseil', 'consejo', 'consulate', 'corp', 'corporation', 'corte', 'council', 'county', 'cour', 'court',
  'dec', 'december', 'department', 'district', 'east', 'embassy', 'energy', 'enterprises', 'estado', 'estados',
  'exercise', 'facebook', 'feb', 'february', 'federation', 'festival', 'foods', 'force', 'forces', 'forum',
  'foundation', 'friday', 'fund', 'gazette', 'gmbh', 'gobierno', 'gouvernement', 'government', 'group', 'harbor',
  'harbour', 'herald', 'highway', 'holdings', 'hospital', 'hotel', 'house', 'inc', 'industries', 'instagram',
  'institute', 'insurance', 'island', 'january', 'journal', 'jul', 'july', 'june', 'kingdom', 'labs',
  'lake', 'league', 'legislature', 'linkedin', 'llc', 'ltd', 'magazine', 'management', 'marathon', 'march',
  'markets', 'may', 'media', 'ministerio', 'ministerstvo', 'ministry', 'ministère', 'monday', 'motors', 'mountain',
  'museum', 'nación', 'nation', 'nations', 'navy', 'networks', 'news', 'north', 'nov', 'november', 'oct', 'october',
  'office', 'olympics', 'organisation', 'organization', 'palace', 'park', 'parliament', 'partei', 'parti', 'partido',
  'partners', 'party', 'pharmaceuticals', 'plc', 'police', 'port', 'post', 'press', 'prison', 'protection',
  'published', 'railway', 'railways', 'records', 'regierung', 'republic', 'república', 'reserve', 'retrieved', 'river',
  'road', 'république', 'saturday', 'school', 'sea', 'senado', 'senate', 'sep', 'sept', 'september', 'service',
  'services', 'show', 'society', 'solutions', 'south', 'square', 'staat', 'stadium', 'state', 'statehouse', 'states',
  'station', 'stores', 'strana', 'street', 'strip', 'studios', 'summit', 'sunday', 'systems', 'team', 'technologies',
  'telegram', 'terminal', 'terminals', 'theater', 'theatre', 'thursday', 'tiktok', 'times', 'tribunal', 'tribune',
  'trust', 'tuesday', 'tunnel', 'twitter', 'unidos', 'union', 'unis', 'united', 'university', 'updated', 'ville',
  'vláda', 'web', 'wednesday', 'west', 'youtube', 'état', 'états',
];
