/** Files the tests (and the benchmarks, and the browser tests) make and read: XLSX workbooks, DOCX documents. */
export * from './xlsx-files';
export * from './docx-files';
