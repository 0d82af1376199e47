// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./super-admin.type.ts";
import "./super-admin.queries.ts";
import "./super-admin.mutations.ts";
