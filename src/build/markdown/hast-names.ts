import { find, html } from 'property-information';
import { BLOCK_ATTR, EDITORIAL_ATTR, NUMBER_ATTR } from '../../shared/markup.ts';

/** The markup contract's attributes as hast names them on an element's properties ('data-block' → 'dataBlock'). */
const property = (attribute: string): string => find(html, attribute).property;

export const BLOCK_PROP = property(BLOCK_ATTR);
export const NUMBER_PROP = property(NUMBER_ATTR);
export const EDITORIAL_PROP = property(EDITORIAL_ATTR);
