import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { patients } from "../api/endpoints";
import { CLINICIANS } from "../auth/roles";
import { useMe } from "../auth/session";
import { TextField } from "../components/Field";
import { Pager } from "../components/Pager";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { SEX_LABEL } from "../labels";
import { NewPatientForm } from "../patients/NewPatientForm";

const PAGE_SIZE = 20;

/** Says how many patients the list holds and what it was filtered by. */
function listCaption(total: number, q: string): string {
  if (total === 0) return q ? `No patients match “${q}”.` : "No patients yet.";
  return `${total} patient${total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}`;
}

/** The clinic's patients: search by name, MRN or date of birth, page through, register a new one. */
export function PatientsPage() {
  usePageTitle("Patients");
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [search, setSearch] = useState(q);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ["patients", "list", q, page],
    queryFn: () => patients.list(q, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const canCreate = CLINICIANS.includes(me.role);

  const go = (nextQ: string, nextPage: number) => {
    const next = new URLSearchParams();
    if (nextQ) next.set("q", nextQ);
    if (nextPage > 1) next.set("page", String(nextPage));
    setParams(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go(search.trim(), 1);
  };

  return (
    <>
      <div className="page-head">
        <h1>Patients</h1>
        {canCreate && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New patient
          </button>
        )}
      </div>
      {creating && <NewPatientForm onCancel={() => setCreating(false)} />}
      <search>
        <form className="search-bar" onSubmit={onSearch}>
          <TextField
            label="Search patients"
            type="search"
            hint="Name, MRN, or date of birth as YYYY-MM-DD"
            value={search}
            onChange={setSearch}
          />
          <button type="submit">Search</button>
        </form>
      </search>
      {list.isError && <ProblemNotice error={list.error} />}
      {list.isPending && <p className="loading">Loading patients…</p>}
      {list.data && (
        <>
          <div className="table-wrap">
            <table aria-busy={list.isPlaceholderData}>
              <caption className="muted">
                {list.isPlaceholderData ? "Searching…" : listCaption(list.data.total, q)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">MRN</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">Sex</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/patients/${p.id}`}>
                        {p.familyName}, {p.givenName}
                      </Link>
                    </td>
                    <td className="mono">{p.mrn}</td>
                    <td>{p.dateOfBirth}</td>
                    <td>{SEX_LABEL[p.sex]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Patient list pages"
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(next) => go(q, next)}
          />
        </>
      )}
    </>
  );
}
