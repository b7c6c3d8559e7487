export const agenciesKey = ['agencies'];
