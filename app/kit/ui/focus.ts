import { useEffect, useRef } from "react";

/**
 * Moves focus (and the view) to an element when it appears, e.g. a conflict notice above a long form
 * that was submitted with JavaScript. Without JavaScript the notice is simply at the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  return ref;
}
