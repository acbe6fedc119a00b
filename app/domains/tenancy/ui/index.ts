// The tenancy domain's UI components for other domains (client-safe).
export { ChoiceInput, PrefixedErrorSummary, PrefixedTextField, SuccessAlert } from "./admin-fields";
