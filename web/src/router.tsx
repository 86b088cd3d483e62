/** A small history router: the path is the state; links push it; the back button pops it. */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

export function useLocation(): { path: string; params: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const on = () => setTick((t) => t + 1);
    listeners.add(on);
    window.addEventListener('popstate', on);
    return () => {
      listeners.delete(on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return { path: location.pathname, params: new URLSearchParams(location.search) };
}

/** Replace the query string without a new history entry (filters typed into a form). */
export function setQuery(params: Record<string, string | undefined>): void {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  navigate(`${location.pathname}${s ? `?${s}` : ''}`);
}

export function Link(props: { href: string; class?: string; title?: string; children: ComponentChildren; 'data-testid'?: string }): JSX.Element {
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return <a href={props.href} class={props.class} title={props.title} onClick={onClick} data-testid={props['data-testid']}>{props.children}</a>;
}

export const actorHref = (name: string): string => `/actor/${encodeURIComponent(name)}`;
export const articleHref = (id: string, hash = ''): string => `/article/${encodeURIComponent(id)}${hash}`;
