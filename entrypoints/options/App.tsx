import { OptionsScreen } from '../../components/options/OptionsScreen';

/** The options page: the knowledge-base editor, import/export and settings. */
export function App() {
  return <OptionsScreen />;
}
