import { createRoot } from 'react-dom/client';
import '../../components/base.css';
import '../../components/review.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
