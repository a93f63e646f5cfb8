/**
 * Capitalised words that show a name-like run is not a person: organisations, places, events, days and months.
 * Sorted, lower case.
 */
export const NON_PERSON_WORDS = [
  'academy', 'agency', 'airport', 'alliance', 'april', 'army', 'association', 'august', 'authority', 'bank', 'board',
  'bureau', 'center', 'centre', 'channel', 'church', 'city', 'club', 'coalition', 'college', 'commission', 'committee',
  'company', 'congress', 'corp', 'corporation', 'council', 'county', 'court', 'december', 'department', 'district',
  'east', 'exercise', 'february', 'festival', 'force', 'forces', 'forum', 'foundation', 'friday', 'fund', 'government',
  'group', 'hospital', 'hotel', 'house', 'inc', 'institute', 'island', 'january', 'july', 'june', 'kingdom', 'lake',
  'league', 'ltd', 'march', 'may', 'ministry', 'monday', 'mountain', 'museum', 'nations', 'navy', 'news', 'north',
  'november', 'october', 'office', 'organization', 'organisation', 'park', 'parliament', 'party', 'police', 'post',
  'press', 'republic', 'river', 'saturday', 'school', 'sea', 'senate', 'september', 'service', 'south', 'square',
  'state', 'states', 'station', 'street', 'sunday', 'team', 'thursday', 'times', 'tuesday', 'union', 'united',
  'university', 'wednesday', 'west',
];
