import { builder } from "../../../builder.ts";

export type DataDeletionInfo = {
  title: string;
  steps: string[];
  apiEndpoint: string;
  deleted: string[];
  retained: string[];
  supportUrl: string;
};

/** What the Google Play "Delete data" page says; the HTML page (GET /delete-data) renders exactly this. */
export const PrintDataDeletionInfo = builder.objectRef<DataDeletionInfo>("PrintDataDeletionInfo").implement({
  description: "How a user deletes their account and data, and what is kept.",
  fields: (t) => ({
    title: t.exposeString("title"),
    steps: t.exposeStringList("steps", { description: "In-app steps, in order." }),
    apiEndpoint: t.exposeString("apiEndpoint", { description: "The REST call the Delete Account button makes." }),
    deleted: t.exposeStringList("deleted", { description: "Data removed with the account." }),
    retained: t.exposeStringList("retained", { description: "Records kept, unlinked from the account, and why." }),
    supportUrl: t.exposeString("supportUrl", { description: "Where to ask support to delete an account that cannot log in." }),
  }),
});
