/** Vietnamese strings of the printable decision; its own words come from @thidua/domain (docs/glossary.md). */
export const decisionDocumentVi = {
  decisionDocument: {
    draftHint: 'Bản dự thảo: số và ngày của quyết định để trống, được điền khi Hội đồng hoàn tất đợt xét.',
  },
};
