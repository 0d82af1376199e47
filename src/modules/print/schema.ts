// The print system's GraphQL surface: each file registers its own types and root fields.
import "./users/user.type.ts";
