import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { users } from "../api/endpoints";
import { settings } from "../api/followup";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { SETTINGS_KEY, SettingForm } from "../followup/SettingForm";
import { settingWords } from "../followup/settingValue";

const when = (at: number) =>
  new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The clinic's own settings with their defaults and versions; an administrator changes one with a reason. */
export function SettingsPage() {
  usePageTitle("Clinic settings");
  const list = useQuery({ queryKey: SETTINGS_KEY, queryFn: settings.list });
  // Settings name who set them by user id; the clinic's accounts give the names.
  const people = useQuery({ queryKey: ["users"], queryFn: users.list });
  const who = (id: string | null) =>
    id === null ? "—" : (people.data?.items.find((u) => u.id === id)?.name ?? "a former account");
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = list.data?.items.find((s) => s.key === editing);

  return (
    <>
      <h1>Clinic settings</h1>
      {saved && (
        <p className="notice notice-ok" role="status">
          Saved: {saved}.
        </p>
      )}
      {list.isError && <ProblemNotice error={list.error} />}
      {list.isPending && <p className="loading">Loading settings…</p>}
      {current && (
        <SettingForm
          key={current.key}
          setting={current}
          onDone={(didSave) => {
            setSaved(didSave ? current.label : null);
            setEditing(null);
          }}
        />
      )}
      {list.data && (
        <div className="table-wrap">
          <table className="row-heads">
            <caption>Settings in force</caption>
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Value</th>
                <th scope="col">Default</th>
                <th scope="col">Version</th>
                <th scope="col">Last change</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.key}>
                  <th scope="row">
                    {s.label}
                    <br />
                    <span className="muted mono">{s.key}</span>
                  </th>
                  <td>{settingWords(s.value)}</td>
                  <td>{settingWords(s.default)}</td>
                  <td>{s.version === 0 ? "default" : s.version}</td>
                  <td>
                    {s.setAt === null ? (
                      "—"
                    ) : (
                      <>
                        {when(s.setAt)} by {who(s.setBy)}
                        {s.reason && <span className="muted">: {s.reason}</span>}
                      </>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Change ${s.label}`}
                      onClick={() => {
                        setSaved(null);
                        setEditing(s.key);
                      }}
                    >
                      Change
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
