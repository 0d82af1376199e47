// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./shipment.type.ts";
import "./shipment.queries.ts";
import "./shipment.mutations.ts";
import "./shipping-area.ts";
import "./shipping-box.type.ts";
import "./shipping-box.mutations.ts";
