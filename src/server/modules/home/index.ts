/*
 * The home module's public surface: nothing. It only reads other modules' public
 * surfaces for the home page; app.ts registers its routes.
 */
export {};
