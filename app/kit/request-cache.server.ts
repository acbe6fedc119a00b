// Results shared by the loaders of one request (a layout route and the page below it run in parallel).
const cache = new WeakMap<Request, Map<string, Promise<unknown>>>();

/** Runs `load` once per request and key; later calls in the same request get the same promise (or rejection). */
export function loadOncePerRequest<T>({ request, key, load }: { request: Request; key: string; load: () => Promise<T> }): Promise<T> {
  let entries = cache.get(request);
  if (!entries) {
    entries = new Map();
    cache.set(request, entries);
  }
  let pending = entries.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    entries.set(key, pending);
  }
  return pending;
}
