/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months.
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'agence', 'agencia', 'agency', 'airlines', 'airport', 'airways', 'alliance', 'april', 'army', 'asamblea', 'assembly',
  'assemblée', 'association', 'august', 'authority', 'avenue', 'bank', 'bay', 'board', 'brands', 'bridge', 'bureau', 'capital',
  'center', 'centre', 'century', 'chamber', 'channel', 'church', 'city', 'ciudad', 'club', 'coalition', 'college', 'commission',
  'committee', 'company', 'congreso', 'congress', 'conseil', 'consejo', 'corp', 'corporation', 'corte', 'council', 'county', 'cour',
  'court', 'december', 'department', 'district', 'east', 'energy', 'enterprises', 'estado', 'estados', 'exercise', 'facebook', 'february',
  'federation', 'festival', 'foods', 'force', 'forces', 'forum', 'foundation', 'friday', 'fund', 'gmbh', 'gobierno', 'gouvernement',
  'government', 'group', 'harbor', 'harbour', 'highway', 'holdings', 'hospital', 'hotel', 'house', 'inc', 'industries', 'instagram',
  'institute', 'insurance', 'island', 'january', 'july', 'june', 'kingdom', 'labs', 'lake', 'league', 'linkedin', 'llc',
  'ltd', 'march', 'markets', 'may', 'media', 'ministerio', 'ministerstvo', 'ministry', 'ministère', 'monday', 'motors', 'mountain',
  'museum', 'nación', 'nation', 'nations', 'navy', 'networks', 'news', 'north', 'november', 'october', 'office', 'organisation',
  'organization', 'park', 'parliament', 'partei', 'parti', 'partido', 'partners', 'party', 'pharmaceuticals', 'plc', 'police', 'port',
  'post', 'press', 'railway', 'railways', 'records', 'regierung', 'republic', 'república', 'river', 'road', 'république', 'saturday',
  'school', 'sea', 'senado', 'senate', 'september', 'service', 'services', 'show', 'society', 'solutions', 'south', 'square',
  'staat', 'state', 'states', 'station', 'stores', 'strana', 'street', 'strip', 'studios', 'sunday', 'systems', 'team',
  'technologies', 'telegram', 'terminal', 'terminals', 'thursday', 'tiktok', 'times', 'tribunal', 'trust', 'tuesday', 'tunnel', 'twitter',
  'unidos', 'union', 'unis', 'united', 'university', 'ville', 'vláda', 'web', 'wednesday', 'west', 'youtube', 'état',
  'états',
];
