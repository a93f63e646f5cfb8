/** Month names and their abbreviations in English, French, German, Spanish and Czech: a number beside one is a date. Sorted, lower case. */
export const MONTHS = [
  'abr', 'abril', 'agosto', 'apr', 'april', 'aug', 'august', 'avril', 'août', 'dec', 'december', 'dez', 'dezember',
  'dic', 'diciembre', 'duben', 'dubna', 'décembre', 'ene', 'enero', 'feb', 'february', 'febrero', 'februar', 'février',
  'jan', 'januar', 'january', 'janvier', 'juil', 'juillet', 'jul', 'juli', 'julio', 'july', 'jun', 'june', 'juni',
  'junio', 'juin', 'května', 'květen', 'leden', 'ledna', 'listopad', 'listopadu', 'mai', 'mar', 'march', 'mars', 'marzo',
  'may', 'mayo', 'mär', 'märz', 'nov', 'november', 'noviembre', 'novembre', 'oct', 'october', 'octobre', 'oktober', 'octubre',
  'prosinec', 'prosince', 'září', 'sep', 'sept', 'september', 'septembre', 'septiembre', 'srpen', 'srpna', 'červen',
  'července', 'července', 'června', 'červenec', 'říjen', 'října', 'únor', 'února',
].filter((month, index, all) => all.indexOf(month) === index);
