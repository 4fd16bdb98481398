/** Registers <review-litigation>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { ReviewLitigation } from './review-litigation.js';

defineElement('review-litigation', ReviewLitigation);

export { ReviewLitigation };
