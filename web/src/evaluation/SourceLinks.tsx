import { sourceById } from "../../../src/clinical/sources/registry";

/**
 * The sources behind a finding or limit as buttons; opening one shows its title, year and address,
 * taken from the bundled registry so it works offline and matches what the server cites.
 */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  return (
    <span className="source-links">
      Sources:{" "}
      {ids.map((id) => {
        const source = sourceById(id);
        return (
          <details key={id} className="source">
            <summary aria-label={`Source ${id}`}>{id}</summary>
            <span className="source-detail">
              {source ? (
                <>
                  {source.title}
                  {source.year ? ` (${source.year})` : ""}
                  {source.url && (
                    <>
                      {" — "}
                      <a href={source.url} target="_blank" rel="noreferrer">
                        {source.url}
                      </a>
                    </>
                  )}
                </>
              ) : (
                "Not in this version's source registry."
              )}
            </span>
          </details>
        );
      })}
    </span>
  );
}
