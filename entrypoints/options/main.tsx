import { render } from 'preact';
import OptionsForm from '@/components/OptionsForm';
import '../popup/style.css';

render(<OptionsForm />, document.getElementById('app')!);
