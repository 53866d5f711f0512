/** Placeholder while the review screen is being built. */
export function App() {
  return <p>Kotae</p>;
}
