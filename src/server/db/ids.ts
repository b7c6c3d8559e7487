import { v7 } from 'uuid';

/** Time-ordered UUID v7, made by the app (PostgreSQL 15 has no uuidv7()). */
export const newId = (): string => v7();
