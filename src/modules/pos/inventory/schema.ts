// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./inventory.type.ts";
import "./stock.fields.ts";
import "./transfer.fields.ts";
import "./stock.subscriptions.ts";
