/**
 * Other names readers search by: abbreviations, former and common names. Keyed like the
 * name tables (world-atlas id, or host id for a territory). Every page carries these few.
 */
export const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '180': ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
  '178': ['Congo-Brazzaville', 'Republic of the Congo'],
  '784': ['UAE', 'Emirates'],
  '104': ['Burma'],
  '203': ['Czech Republic'],
  '528': ['Holland', 'The Netherlands'],
  '792': ['Türkiye', 'Turkey'],
  '384': ['Ivory Coast', 'Côte d’Ivoire', "Cote d'Ivoire"],
  '826': ['UK', 'Britain', 'Great Britain'],
  '840': ['US', 'USA', 'America'],
  '643': ['Russian Federation'],
  '410': ['South Korea', 'Republic of Korea'],
  '408': ['North Korea', 'DPRK'],
  '748': ['Swaziland'],
  '807': ['Macedonia'],
  '418': ['Lao PDR'],
  '704': ['Viet Nam'],
  '158': ['Taiwan', 'Republic of China'],
  '364': ['Persia'],
  '729': ['North Sudan'],
  'GE-AB': ['Abkhazia', 'Apsny'],
  'UA-DONBAS': ['Donbas', 'Donbass', 'Donetsk', 'Luhansk'],
};

/** The country that sends the workers: search answers it with a short explanation, not "no data". */
export const ORIGIN_SHAPE = '408';
