import type { Strings } from './strings';
import type { decisionDocumentVi } from './decision-document.vi';

/** English strings of the printable decision; the decision itself stays in Vietnamese (docs/glossary.md). */
export const decisionDocumentEn: Strings<typeof decisionDocumentVi> = {
  decisionDocument: {
    draftHint: 'A draft: the number and the day of the decision are left blank until the board finalizes the review.',
  },
};
