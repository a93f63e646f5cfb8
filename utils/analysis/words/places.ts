/**
 * Places, peoples and parties written with a capital that a careless reading takes for a speaker ("New Hampshire",
 * "Mexican", "Democratic"): countries, US states, world regions, their adjectives, and party words. English, with the
 * most common French, German, Spanish and Czech forms where they differ. Sorted, lower case, whole names.
 */
export const PLACE_AND_GROUP_NAMES = [
  'afghan', 'afghanistan', 'africa', 'african', 'alabama', 'alaska', 'albania', 'algeria', 'america', 'american',
  'americans', 'amérique', 'arab', 'argentina', 'arizona', 'arkansas', 'armenia', 'asia', 'asian', 'australia',
  'australian', 'austria', 'belgium', 'bolivia', 'brasil', 'brazil', 'brazilian', 'britain', 'british', 'bulgaria',
  'california', 'canada', 'canadian', 'caribbean', 'carolina', 'catholic', 'chicago', 'chile', 'china', 'chinese',
  'christian', 'colombia', 'colorado', 'connecticut', 'conservative', 'conservatives', 'cuba', 'cuban', 'delaware',
  'democrat', 'democratic', 'democrats', 'denmark', 'deutschland', 'dutch', 'egypt', 'egyptian', 'england',
  'english', 'espagne', 'españa', 'europa', 'europe', 'european', 'evangelical', 'evangelicals', 'florida', 'france',
  'french', 'georgia', 'german', 'germany', 'gop', 'greece', 'greek', 'hawaii', 'hispanic', 'hispanics', 'idaho',
  'illinois', 'india', 'indian', 'indiana', 'iowa', 'iran', 'iranian', 'iraq', 'iraqi', 'ireland', 'irish',
  'islamic', 'israel', 'israeli', 'italia', 'italian', 'italy', 'japan', 'japanese', 'jewish', 'kansas', 'kentucky',
  'korea', 'korean', 'latin', 'latino', 'latinos', 'lebanon', 'liberal', 'liberals', 'libya', 'london', 'louisiana',
  'maine', 'maryland', 'massachusetts', 'mexican', 'mexicans', 'mexico', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'muslim', 'muslims', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico',
  'new york', 'nigeria', 'north carolina', 'north dakota', 'north korea', 'norway', 'ohio', 'oklahoma', 'oregon',
  'pakistan', 'pakistani', 'palestine', 'palestinian', 'palestinians', 'paris', 'pennsylvania', 'poland', 'polish',
  'portugal', 'protestant', 'republican', 'republicans', 'rhode island', 'romania', 'russia', 'russian', 'saudi',
  'saudi arabia', 'scotland', 'scottish', 'south carolina', 'south dakota', 'south korea', 'soviet', 'spain',
  'spanish', 'sunni', 'sweden', 'switzerland', 'syria', 'syrian', 'taiwan', 'tennessee', 'texas', 'turkey',
  'turkish', 'ukraine', 'ukrainian', 'usa', 'utah', 'venezuela', 'vermont', 'vietnam', 'virginia', 'wales',
  'washington', 'west virginia', 'wisconsin', 'wyoming', 'yemen',
];
