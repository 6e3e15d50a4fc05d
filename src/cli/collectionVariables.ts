import { VARIABLE } from '../postman/variables';
import type { Collection } from './collection';

const SECRETS = [VARIABLE.secretAccessKey, VARIABLE.sessionToken];

/** Sets collection variables in place: an existing entry keeps its place and other fields. */
export function setCollectionVariables(collection: Collection, values: Array<[string, string]>): void {
  const list = (collection.variable = collection.variable || []);
  for (const [key, value] of values) {
    const existing = list.find((variable) => variable && variable.key === key);
    if (existing) existing.value = value;
    else list.push({ key, value, type: 'string' });
  }
}

/**
 * The secret credentials the collection itself stores with a value (an exported or shared
 * collection carries them). A bare reference such as {{vault:aws-secret}} stores nothing.
 */
export function storedSecrets(collection: Collection): string[] {
  const stored = (value: unknown) => value !== undefined && value !== null && !/^\s*(\{\{[^{}]+\}\})?\s*$/.test(String(value));
  return SECRETS.filter((name) => (collection.variable || []).some((variable) => variable && variable.key === name && stored(variable.value)));
}
