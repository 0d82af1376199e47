import { createPubSub as createYogaPubSub, Repeater, SlidingBuffer, type PubSub as YogaPubSub } from "graphql-yoga";

/**
 * The topics of the product and what each carries, declared by the systems through module augmentation next to
 * the code that publishes them:
 *
 *   declare module "../../../kernel/pubsub.ts" {
 *     interface PubSubTopics { "print:shopQueue": [shopkeeperId: number, event: ShopQueueEvent] }
 *   }
 *
 * A topic name starts with its system (`print:`). `[id, payload]` topics are delivered per id (the event name is
 * `print:shopQueue:<id>`), `[payload]` topics to every subscriber of the topic.
 */
export interface PubSubTopics {}

type Topics = { [K in keyof PubSubTopics]: PubSubTopics[K] };

/** Yoga's typed pub/sub, plus `close()` for shutdown. */
export type PubSub = YogaPubSub<Topics> & {
  /** Ends every open subscription (their SSE responses complete), so open streams do not hold a graceful shutdown. */
  close(): void;
};

/** Events a subscriber has not read yet (a stalled client) are kept up to this many; older ones are dropped. */
const PENDING_PER_SUBSCRIPTION = 100;

/**
 * The in-process pub/sub (graphql-yoga's `createPubSub` on an in-memory EventTarget): an event reaches the
 * subscribers connected to this process only. Running several instances needs a shared event target —
 * `@graphql-yoga/redis-event-target` (not installed) passed as `eventTarget` here, with REDIS_URL — or a shop
 * connected to instance A never hears of a print started on instance B. Publish after the database commit: an
 * event announces a change that is already visible, subscribers refetch what they show.
 */
export function createPubSub(): PubSub {
  const inner = createYogaPubSub<Topics>();
  const closing = new AbortController();
  return {
    publish: inner.publish,
    subscribe: ((...args: Parameters<typeof inner.subscribe>) => guarded(inner.subscribe(...args), closing.signal)) as PubSub["subscribe"],
    close: () => closing.abort(),
  };
}

/**
 * A subscription as its own repeater: yoga's throws (inside the publisher's event dispatch, which crashes the
 * process) once 1024 events wait for a subscriber that stopped reading; this one drains it into a per-subscriber
 * sliding buffer instead, and ends when the pub/sub is closed. Ending it (client gone) unsubscribes the source.
 */
function guarded<T>(source: Repeater<T>, closing: AbortSignal): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    const end = () => stop();
    if (closing.aborted) stop();
    else closing.addEventListener("abort", end, { once: true });
    void stop.then(() => {
      closing.removeEventListener("abort", end);
      void source.return();
    });
    for await (const value of source) void push(value);
    stop();
  }, new SlidingBuffer(PENDING_PER_SUBSCRIPTION));
}
