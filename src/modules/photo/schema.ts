// The photo system's GraphQL surface: each file registers its own types and root fields.
import "./invites/invite.type.ts";
import "./auth/auth.mutations.ts";
import "./projects/project.queries.ts";
import "./projects/project.mutations.ts";
import "./photographers/photographer-projects.field.ts";
import "./discounts/discount-projects.field.ts";
