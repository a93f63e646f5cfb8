/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months.
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'agence', 'agencia', 'agency', 'airlines', 'airport', 'alliance', 'april', 'army', 'assembly', 'association', 'august',
  'authority', 'bank', 'board', 'bureau', 'center', 'centre', 'century', 'channel', 'church', 'city', 'club', 'coalition',
  'college', 'commission', 'committee', 'company', 'congress', 'corp', 'corporation', 'council', 'county', 'court', 'december', 'department',
  'district', 'east', 'exercise', 'facebook', 'february', 'festival', 'force', 'forces', 'forum', 'foundation', 'friday', 'fund',
  'gobierno', 'gouvernement', 'government', 'group', 'holdings', 'hospital', 'hotel', 'house', 'inc', 'instagram', 'institute', 'island',
  'january', 'july', 'june', 'kingdom', 'lake', 'league', 'linkedin', 'ltd', 'march', 'may', 'media', 'ministerio',
  'ministerstvo', 'ministry', 'ministère', 'monday', 'motors', 'mountain', 'museum', 'nations', 'navy', 'news', 'north', 'november',
  'october', 'office', 'organisation', 'organization', 'park', 'parliament', 'partei', 'parti', 'partido', 'party', 'police', 'post',
  'press', 'records', 'regierung', 'republic', 'river', 'saturday', 'school', 'sea', 'senate', 'september', 'service', 'show',
  'south', 'square', 'state', 'states', 'station', 'strana', 'street', 'strip', 'studios', 'sunday', 'team', 'telegram',
  'thursday', 'tiktok', 'times', 'tuesday', 'twitter', 'union', 'united', 'university', 'vláda', 'web', 'wednesday', 'west',
  'youtube',
];
