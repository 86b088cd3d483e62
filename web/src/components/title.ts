/** The window title follows the page (history entries and tabs say where they lead). */
import { useEffect } from 'preact/hooks';

export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Dateline` : 'Dateline';
  }, [title]);
}
