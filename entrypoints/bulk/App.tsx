import { BulkScreen } from '../../components/bulk/BulkScreen';

/** The bulk-answer page: questions pasted from a spreadsheet, answered and copied back. */
export function App() {
  return <BulkScreen />;
}
