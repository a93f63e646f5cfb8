/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months.
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'agence', 'agencia', 'agency', 'airlines', 'airport', 'airways', 'alliance', 'april', 'army', 'assembly', 'association',
  'august', 'authority', 'avenue', 'bank', 'bay', 'board', 'brands', 'bridge', 'bureau', 'capital', 'center', 'centre',
  'century', 'chamber', 'channel', 'church', 'city', 'club', 'coalition', 'college', 'commission', 'committee', 'company', 'congress',
  'corp', 'corporation', 'council', 'county', 'court', 'december', 'department', 'district', 'east', 'energy', 'enterprises', 'exercise',
  'facebook', 'february', 'federation', 'festival', 'foods', 'force', 'forces', 'forum', 'foundation', 'friday', 'fund', 'gmbh',
  'gobierno', 'gouvernement', 'government', 'group', 'harbor', 'harbour', 'highway', 'holdings', 'hospital', 'hotel', 'house', 'inc',
  'industries', 'instagram', 'institute', 'insurance', 'island', 'january', 'july', 'june', 'kingdom', 'labs', 'lake', 'league',
  'linkedin', 'llc', 'ltd', 'march', 'markets', 'may', 'media', 'ministerio', 'ministerstvo', 'ministry', 'ministère', 'monday',
  'motors', 'mountain', 'museum', 'nations', 'navy', 'networks', 'news', 'north', 'november', 'october', 'office', 'organisation',
  'organization', 'park', 'parliament', 'partei', 'parti', 'partido', 'partners', 'party', 'pharmaceuticals', 'plc', 'police', 'port',
  'post', 'press', 'railway', 'railways', 'records', 'regierung', 'republic', 'river', 'road', 'saturday', 'school', 'sea',
  'senate', 'september', 'service', 'services', 'show', 'society', 'solutions', 'south', 'square', 'state', 'states', 'station',
  'stores', 'strana', 'street', 'strip', 'studios', 'sunday', 'systems', 'team', 'technologies', 'telegram', 'terminal', 'terminals',
  'thursday', 'tiktok', 'times', 'trust', 'tuesday', 'tunnel', 'twitter', 'union', 'united', 'university', 'vláda', 'web',
  'wednesday', 'west', 'youtube',
];
