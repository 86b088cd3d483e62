/** Download what a view shows as CSV, made in the browser from the data already loaded. */

function cell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  // A spreadsheet would run a cell starting with these as a formula.
  if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\n\r]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function DownloadCsv(props: { name: string; rows: ReadonlyArray<Record<string, unknown>>; label?: string }) {
  const save = () => {
    const url = URL.createObjectURL(new Blob([toCsv(props.rows)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.name}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return <button type="button" class="subtle" onClick={save} disabled={props.rows.length === 0}>{props.label ?? 'Download CSV'}</button>;
}
