import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { AuditTable } from "../admin/AuditTable";
import { type AuditFilterForm, apiFilter, formFromParams, paramsFromForm } from "../admin/auditFilter";
import { audit, users } from "../api/endpoints";
import type { AuditOutcome } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { Pager } from "../components/Pager";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";

const PAGE_SIZE = 50;

const OUTCOMES: readonly { value: AuditOutcome | ""; label: string }[] = [
  { value: "", label: "Any outcome" },
  { value: "success", label: "Success" },
  { value: "failure", label: "Failure" },
  { value: "denied", label: "Denied" },
];

/** The clinic's audit log: filter, page, and see each entry's place in the hash chain. */
export function AuditPage() {
  usePageTitle("Audit log");
  const [params, setParams] = useSearchParams();
  const { form: applied, page } = formFromParams(params);
  const [form, setForm] = useState<AuditFilterForm>(applied);
  const actors = useQuery({ queryKey: ["users"], queryFn: users.list });
  const log = useQuery({
    queryKey: ["audit", params.toString()],
    queryFn: () => audit.list(apiFilter(applied, page, PAGE_SIZE)),
    placeholderData: keepPreviousData,
  });
  const set =
    <K extends keyof AuditFilterForm>(key: K) =>
    (value: AuditFilterForm[K]) =>
      setForm({ ...form, [key]: value });
  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsFromForm(form, 1));
  };
  const actorOptions = [
    { value: "", label: "Anyone" },
    ...(actors.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
  ];

  return (
    <>
      <h1>Audit log</h1>
      <form className="card" onSubmit={onFilter} aria-label="Filter the audit log">
        <div className="filters">
          <SelectField label="Actor" value={form.actorId} onChange={set("actorId")} options={actorOptions} />
          <TextField label="Action" hint="e.g. auth.login" value={form.action} onChange={set("action")} />
          <TextField
            label="Resource type"
            hint="e.g. patient"
            value={form.resourceType}
            onChange={set("resourceType")}
          />
          <SelectField label="Outcome" value={form.outcome} onChange={set("outcome")} options={OUTCOMES} />
          <TextField label="From" type="date" value={form.from} onChange={set("from")} />
          <TextField label="To" type="date" value={form.to} onChange={set("to")} />
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            Apply filters
          </button>
          <button
            type="button"
            onClick={() => {
              const cleared = formFromParams(new URLSearchParams()).form;
              setForm(cleared);
              setParams(new URLSearchParams());
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {log.isError && <ProblemNotice error={log.error} />}
      {log.isPending && <p className="loading">Loading the audit log…</p>}
      {log.data && (
        <>
          <p className="muted" aria-live="polite">
            {log.data.total} entries, newest first.
          </p>
          <AuditTable entries={log.data.items} />
          <Pager
            label="Audit log pages"
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPage={(next) => setParams(paramsFromForm(applied, next))}
          />
        </>
      )}
    </>
  );
}
