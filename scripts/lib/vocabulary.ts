/**
 * Controlled vocabularies for cluster rows. Values outside these lists are input problems, so the
 * map's colour groups and filters never split on a typo.
 */

/**
 * The 51 traded cluster categories of the European Observatory for Clusters and Industrial Change
 * (EOCIC cluster mapping, EU spelling). Assigning a cluster organisation to one is an editorial
 * judgement, not a classification published by the organisation.
 */
export const CLUSTER_CATEGORIES: readonly string[] = [
  'Aerospace Vehicles and Defence', 'Agricultural Inputs and Services', 'Apparel', 'Appliances', 'Automotive',
  'Biopharmaceuticals', 'Business Services', 'Coal Mining', 'Communication Equipment and Services',
  'Construction Products and Services', 'Distribution and Electronic Commerce', 'Downstream Chemical Products',
  'Downstream Metal Products', 'Education and Knowledge Creation', 'Electric Power Generation and Transmission',
  'Environmental Services', 'Financial Services', 'Fishing and Fishing Products', 'Food Processing and Manufacturing',
  'Footwear', 'Forestry', 'Furniture', 'Heavy Machinery and Manufacturing Technology', 'Hospitality and Tourism',
  'Information Technology and Analytical Instruments', 'Insurance Services', 'Jewellery and Precious Metals',
  'Leather and Related Products', 'Lighting and Electrical Equipment', 'Livestock Processing',
  'Marketing, Design, and Publishing', 'Medical Devices', 'Metal Mining', 'Metalworking Technology',
  'Music and Sound Recording', 'Non-Metal Mining', 'Paper and Packaging', 'Performing Arts', 'Plastics',
  'Printing Services', 'Production and Transportation of Oil and Gas', 'Recreation and Small Electrical Products',
  'Textile Production', 'Tobacco', 'Transport and Logistics', 'Upstream Chemicals', 'Upstream Metal Production',
  'Video Production and Distribution', 'Vulcanized and Fired Materials', 'Water Transport', 'Wood Products',
];

/** The 14 industrial ecosystems of the EU Industrial Strategy update (May 2021). */
export const INDUSTRIAL_ECOSYSTEMS: readonly string[] = [
  'Aerospace & Defence', 'Agri-food', 'Construction', 'Cultural & Creative Industries', 'Digital', 'Electronics',
  'Energy-Intensive Industries', 'Energy-Renewables', 'Health', 'Mobility-Transport-Automotive',
  'Proximity, Social Economy & Civil Security', 'Retail', 'Textile', 'Tourism',
];

export const ORG_TYPES = ['cluster organisation', 'network', 'science park', 'association'] as const;

export const STATUSES = ['official', 'compiled', 'needs_check', 'illustrative'] as const;

/** Lower-case slug for ids derived from labels (`Water Transport` → `water-transport`). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
