// The reporting domain's UI components for other domains (client-safe).
export { NotificationList, ReportingDue } from "./reporting-due";
export { TrafficLight } from "./traffic-light";
export { MeasureLatestStatus } from "./status-view";
