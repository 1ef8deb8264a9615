/** Word lists for Slovenian-realistic seed data (names with č, š, ž; real post numbers and streets). */
export const FIRST_NAMES = [
  'Nina',
  'Maja',
  'Janez',
  'Matej',
  'Žiga',
  'Špela',
  'Luka',
  'Tjaša',
  'Anže',
  'Urška',
  'Rok',
  'Petra',
  'Gašper',
  'Mojca',
  'Blaž',
  'Nataša',
  'Primož',
  'Barbara',
  'Jože',
  'Ana',
  'Črt',
  'Živa',
  'Aleš',
  'Katja',
  'Boštjan',
  'Tina',
  'Miha',
  'Saša',
];
export const SURNAMES = [
  'Novak',
  'Horvat',
  'Kovačič',
  'Krajnc',
  'Zupančič',
  'Potočnik',
  'Kovač',
  'Mlakar',
  'Kos',
  'Vidmar',
  'Golob',
  'Turk',
  'Božič',
  'Kralj',
  'Zupan',
  'Bizjak',
  'Hribar',
  'Korošec',
  'Rozman',
  'Kastelic',
  'Žagar',
  'Petek',
  'Kolar',
  'Košir',
  'Koren',
  'Oblak',
  'Šuštar',
  'Jerič',
  'Čeh',
  'Žnidaršič',
];
export const COMPANY_WORDS = [
  'Alpska',
  'Savinjska',
  'Gorenjska',
  'Pohorska',
  'Kraška',
  'Štajerska',
  'Dolenjska',
  'Ljubljanska',
  'Triglav',
  'Sočna',
  'Zelena',
  'Modra',
  'Čista',
  'Hitra',
  'Mojstrska',
  'Lipa',
  'Breza',
  'Jelka',
  'Kamnik',
  'Šmarna',
];
export const COMPANY_TRADES = [
  'Tehnika',
  'Trgovina',
  'Storitve',
  'Gradnje',
  'Elektro',
  'Lesarstvo',
  'Mizarstvo',
  'Avtoservis',
  'Računalništvo',
  'Inženiring',
  'Logistika',
  'Oprema',
  'Vodovod',
  'Pekarna',
  'Tiskarna',
  'Čistilni servis',
];
export const SOLE_TRADES = [
  'Mizarstvo',
  'Vodoinštalacije',
  'Frizerstvo',
  'Avtoličarstvo',
  'Računovodstvo',
  'Gostinstvo',
  'Slikopleskarstvo',
];

export interface Place {
  city: string;
  post: string;
  streets: string[];
  iso: string;
  phonePrefix: string;
  currency: string;
}

export const SI_PLACES: Place[] = [
  {
    city: 'Ljubljana',
    post: '1000',
    iso: 'SI',
    phonePrefix: '01',
    currency: 'EUR',
    streets: [
      'Dunajska cesta',
      'Tržaška cesta',
      'Celovška cesta',
      'Slovenska cesta',
      'Šmartinska cesta',
      'Zaloška cesta',
    ],
  },
  {
    city: 'Ljubljana - Črnuče',
    post: '1231',
    iso: 'SI',
    phonePrefix: '01',
    currency: 'EUR',
    streets: ['Dunajska cesta', 'Primožičeva ulica', 'Cesta v Gameljne'],
  },
  {
    city: 'Maribor',
    post: '2000',
    iso: 'SI',
    phonePrefix: '02',
    currency: 'EUR',
    streets: ['Gosposvetska cesta', 'Partizanska cesta', 'Ptujska cesta', 'Tržaška cesta', 'Koroška cesta'],
  },
  {
    city: 'Celje',
    post: '3000',
    iso: 'SI',
    phonePrefix: '03',
    currency: 'EUR',
    streets: ['Mariborska cesta', 'Ljubljanska cesta', 'Kidričeva ulica', 'Gregorčičeva ulica', 'Aškerčeva ulica'],
  },
];
export const FOREIGN_PLACES: Place[] = [
  {
    city: 'Zagreb',
    post: '10000',
    iso: 'HR',
    phonePrefix: '+385 1',
    currency: 'EUR',
    streets: ['Ilica', 'Savska cesta', 'Vukovarska ulica'],
  },
  {
    city: 'Split',
    post: '21000',
    iso: 'HR',
    phonePrefix: '+385 21',
    currency: 'EUR',
    streets: ['Poljička cesta', 'Domovinskog rata'],
  },
  {
    city: 'Wien',
    post: '1010',
    iso: 'AT',
    phonePrefix: '+43 1',
    currency: 'EUR',
    streets: ['Kärntner Straße', 'Graben', 'Rotenturmstraße'],
  },
  {
    city: 'Graz',
    post: '8010',
    iso: 'AT',
    phonePrefix: '+43 316',
    currency: 'EUR',
    streets: ['Herrengasse', 'Annenstraße'],
  },
  {
    city: 'New York',
    post: '10001',
    iso: 'US',
    phonePrefix: '+1 212',
    currency: 'USD',
    streets: ['West 34th Street', '7th Avenue'],
  },
];

export const PRODUCT_FAMILIES: Array<{
  category: [string, string];
  nouns: string[];
  unit: string;
  service?: boolean;
  tax: string;
}> = [
  {
    category: ['Elektronika', 'Kabli'],
    nouns: ['USB-C kabel', 'HDMI kabel', 'Mrežni kabel', 'Podaljšek'],
    unit: 'kos',
    tax: 'EX4',
  },
  {
    category: ['Elektronika', 'Polnilniki'],
    nouns: ['Polnilnik USB-C', 'Avtomobilski polnilnik', 'Prenosna baterija'],
    unit: 'kos',
    tax: 'EX4',
  },
  { category: ['Pisarna', 'Papir'], nouns: ['Fotokopirni papir', 'Beležka', 'Ovojnica'], unit: 'pak', tax: 'EX4' },
  { category: ['Živila', 'Kava in čaj'], nouns: ['Kava v zrnju', 'Zeleni čaj', 'Kakav'], unit: 'kg', tax: 'EX3' },
  {
    category: ['Knjige', 'Strokovne'],
    nouns: ['Priročnik za računovodstvo', 'Slovar', 'Učbenik'],
    unit: 'kos',
    tax: 'EX3',
  },
  {
    category: ['Gradbeništvo', 'Material'],
    nouns: ['Lepilo za ploščice', 'Silikon', 'Barva za les'],
    unit: 'kos',
    tax: 'EX4',
  },
  {
    category: ['Storitve', 'Servis'],
    nouns: ['Namestitev opreme', 'Servisna ura', 'Svetovanje'],
    unit: 'ura',
    service: true,
    tax: 'EX4',
  },
];
export const PRODUCT_ADJECTIVES = ['črn', 'bel', 'siv', 'modri', 'zeleni', 'mini', 'pro', 'eko', 'XL', 'premium'];
