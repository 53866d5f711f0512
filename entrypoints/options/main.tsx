import { createRoot } from 'react-dom/client';
import '../../components/base.css';
import '../../components/options/options.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
