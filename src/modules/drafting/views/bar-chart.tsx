/** One group of bars (a unit) in a grouped horizontal bar chart. */
export interface BarGroup {
  label: string;
  values: number[];
}

export interface BarSeries {
  label: string;
  colour: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const BAR = 8;
const GAP = 1;
const GROUP_GAP = 9;
const LEGEND = 28;
const MAX_LABEL = 30;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A grouped horizontal bar chart drawn on the server, readable without JavaScript. Every bar carries its
 * number as text, so no value depends on colour alone; the table beside it is the accessible version.
 * Colours are SVG presentation attributes (the CSP forbids inline styles).
 */
export function BarChart(props: { id: string; title: string; series: BarSeries[]; groups: BarGroup[] }) {
  const { series, groups } = props;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const groupHeight = series.length * (BAR + GAP) + GROUP_GAP;
  const height = LEGEND + groups.length * groupHeight;
  const scale = (WIDTH - LABEL_WIDTH - 40) / max;
  return (
    <svg
      id={props.id}
      class="pietura-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title`}
      xmlns="http://www.w3.org/2000/svg"
      font-family="sans-serif"
      font-size="11"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${LABEL_WIDTH + i * 105}, 4)`}>
          <rect width="12" height="12" fill={s.colour} />
          <text x="16" y="11" fill="#0b0c0c">
            {s.label}
          </text>
        </g>
      ))}
      {groups.map((g, gi) => {
        const top = LEGEND + gi * groupHeight;
        return (
          <g key={g.label} transform={`translate(0, ${top})`}>
            <text
              x={LABEL_WIDTH - 8}
              y={(series.length * (BAR + GAP)) / 2 + 4}
              text-anchor="end"
              fill="#0b0c0c"
            >
              {shorten(g.label)}
            </text>
            {g.values.map((v, i) => (
              <g key={series[i]?.label ?? i}>
                <rect
                  x={LABEL_WIDTH}
                  y={i * (BAR + GAP)}
                  width={Math.max(v * scale, v > 0 ? 2 : 0)}
                  height={BAR}
                  fill={series[i]?.colour ?? '#505a5f'}
                />
                <text
                  x={LABEL_WIDTH + v * scale + 4}
                  y={i * (BAR + GAP) + BAR - 0.5}
                  font-size="9"
                  fill="#0b0c0c"
                >
                  {v}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
