// Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
//
// Rules: a month starts on the local day of a new moon; month 11 is the month containing the
// winter solstice; when 13 months lie between two months 11, the first one after month 11 that
// contains no major solar term (sun longitude a multiple of 30°) is a leap month and repeats
// the number of the month before it.
// New moons: Meeus, Astronomical Algorithms, ch. 49. Sun longitude: Meeus ch. 25 (low precision).

export type LunarDate = { day: number; month: number; year: number; leap: boolean };

const TZ = 7 / 24;
const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
const NEW_MOON_2000 = 2451550.09766; // JDE of new moon k = 0 (2000-01-06)

/** Julian day number of an ISO `YYYY-MM-DD` calendar date (proleptic Gregorian). */
export function julianDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const jd = m ? jdFromYmd(+m[1], +m[2], +m[3]) : Number.NaN;
  if (!m || fromJulianDay(jd) !== date) throw new RangeError(`Invalid date: ${date}`);
  return jd;
}

/** ISO `YYYY-MM-DD` of a Julian day number. */
export function fromJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function jdFromYmd(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

// ΔT = TT − UT in seconds: observed values, then the Espenak–Meeus extrapolation; linear in between.
const DELTA_T: [number, number][] = [
  [1900, -2.7],
  [1920, 21.2],
  [1940, 24.3],
  [1960, 33.2],
  [1970, 40.2],
  [1980, 50.5],
  [1990, 56.9],
  [2000, 63.8],
  [2010, 66.1],
  [2020, 69.4],
  [2050, 93],
  [2100, 203],
  [2150, 328],
  [2200, 442],
];

function deltaTDays(jd: number): number {
  const year = 2000 + (jd - 2451545) / 365.25;
  let i = 1;
  while (i < DELTA_T.length - 1 && DELTA_T[i][0] < year) i++;
  const [y0, v0] = DELTA_T[i - 1];
  const [y1, v1] = DELTA_T[i];
  return (v0 + ((v1 - v0) * (year - y0)) / (y1 - y0)) / 86400;
}

// Periodic terms of the true new moon: [coefficient, power of E, multiples of M, M', F, Ω].
const NEW_MOON_TERMS: number[][] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Planetary perturbations: [coefficient, phase°, rate° per lunation].
const PLANETARY_TERMS: number[][] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Julian ephemeris day (TT) of new moon number k (k = 0: 2000-01-06). */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sun = (2.5534 + 29.1053567 * k - 0.0000014 * t2) * RAD;
  const moon = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t2 * t) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t2 * t) * RAD;
  const node = (124.7746 - 1.56375588 * k + 0.0020672 * t2) * RAD;
  let jde = NEW_MOON_2000 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t2 * t;
  for (const [c, ep, a, b, g, o] of NEW_MOON_TERMS) {
    jde += c * e ** ep * Math.sin(a * sun + b * moon + g * f + o * node);
  }
  PLANETARY_TERMS.forEach(([c, phase, rate], i) => {
    jde += c * Math.sin((phase + rate * k - (i === 0 ? 0.009173 * t2 : 0)) * RAD);
  });
  return jde;
}

/** Local (UTC+7) Julian day number of the day on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  return Math.floor(jde - deltaTDays(jde) + 0.5 + TZ);
}

/** Apparent geocentric longitude of the sun in degrees [0, 360) at Julian ephemeris day jde. */
function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Sun longitude at the local midnight that starts local day jd. */
function sunLongitudeAtDayStart(jd: number): number {
  const jdUt = jd - 0.5 - TZ;
  return sunLongitude(jdUt + deltaTDays(jdUt));
}

/** Index k of the lunar month that contains local day jd. */
function monthIndex(jd: number): number {
  let k = Math.floor((jd - NEW_MOON_2000) / SYNODIC_MONTH);
  while (newMoonDay(k) > jd) k--;
  while (newMoonDay(k + 1) <= jd) k++;
  return k;
}

/** Index of month 11 of lunar year `year`: the month containing the December solstice of `year`. */
function month11Index(year: number): number {
  const k = monthIndex(jdFromYmd(year, 12, 31));
  // If that month started after the solstice, the solstice lies in the month before.
  return sunLongitudeAtDayStart(newMoonDay(k)) >= 270 ? k - 1 : k;
}

/** In a 13-month span starting at month 11 (index k11): offset of the leap month (1..12). */
function leapOffset(k11: number): number {
  const term = (k: number) => Math.floor(sunLongitudeAtDayStart(newMoonDay(k)) / 30);
  for (let i = 1; i <= 12; i++) {
    if (term(k11 + i) === term(k11 + i + 1)) return i;
  }
  throw new Error('No leap month found'); // impossible astronomically
}

/** Convert an ISO solar date to the Vietnamese lunar date. */
export function solarToLunar(date: string): LunarDate {
  const jd = julianDay(date);
  const k = monthIndex(jd);
  const gregorianYear = +date.slice(0, 4);
  let start = month11Index(gregorianYear);
  let startYear = gregorianYear;
  if (k < start) {
    startYear--;
    start = month11Index(startYear);
  }
  let offset = k - start; // 0 = month 11, 1 = month 12, 2 = month 1, ...
  let leap = false;
  if (month11Index(startYear + 1) - start === 13) {
    const leapAt = leapOffset(start);
    if (offset >= leapAt) {
      leap = offset === leapAt;
      offset--;
    }
  }
  const month = ((offset + 10) % 12) + 1;
  return { day: jd - newMoonDay(k) + 1, month, year: month >= 11 ? startYear : startYear + 1, leap };
}

/** Convert a Vietnamese lunar date to an ISO solar date. Throws RangeError if the date does not exist. */
export function lunarToSolar(lunar: LunarDate): string {
  const { day, month, year, leap } = lunar;
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar date: ${JSON.stringify(lunar)}`);
  }
  const start = month11Index(month >= 11 ? year : year - 1);
  let offset = month >= 11 ? month - 11 : month + 1;
  const leapAt = month11Index(month >= 11 ? year + 1 : year) - start === 13 ? leapOffset(start) : 0;
  if (leap && offset + 1 !== leapAt) {
    throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  }
  if (leapAt && offset + (leap ? 1 : 0) >= leapAt) offset++;
  const jd = newMoonDay(start + offset) + day - 1;
  if (jd >= newMoonDay(start + offset + 1)) throw new RangeError(`Lunar month has no day ${day}`);
  return fromJulianDay(jd);
}
