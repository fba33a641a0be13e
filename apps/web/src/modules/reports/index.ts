/** The reports feature's public entry: what other features may use. */
export { ReportStatusBoardQuery } from './graphql/queries/report-status-board';
export { ReportUnitQuery } from './graphql/queries/report-unit';
export { UnitReportsQuery } from './graphql/queries/unit-reports';
export { useReportStatusChanges } from './hooks/useReportStatusChanges';
