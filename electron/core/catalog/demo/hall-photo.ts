// The demo hall's photo, drawn here (no picture is downloaded): the front of a civic service
// centre in daylight, its name over the doors, so the guide's 在哪里办 has something to show.
const drawing = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 300" width="480" height="300">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc9ee"/><stop offset="1" stop-color="#e3f1fb"/></linearGradient>
<linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5b8db8"/><stop offset="1" stop-color="#a9cbe6"/></linearGradient></defs>
<rect width="480" height="300" fill="url(#sky)"/>
<rect x="0" y="250" width="480" height="50" fill="#b9b4a8"/>
<rect x="40" y="70" width="400" height="180" fill="#e9e4da" stroke="#8a8273" stroke-width="2"/>
<rect x="40" y="58" width="400" height="16" fill="#c8102e"/>
<g fill="url(#glass)" stroke="#6d7f8f">
<rect x="60" y="92" width="60" height="40"/><rect x="130" y="92" width="60" height="40"/><rect x="290" y="92" width="60" height="40"/><rect x="360" y="92" width="60" height="40"/>
<rect x="60" y="146" width="60" height="40"/><rect x="130" y="146" width="60" height="40"/><rect x="290" y="146" width="60" height="40"/><rect x="360" y="146" width="60" height="40"/>
</g>
<rect x="200" y="150" width="80" height="100" fill="url(#glass)" stroke="#4a5a68" stroke-width="2"/>
<line x1="240" y1="150" x2="240" y2="250" stroke="#4a5a68" stroke-width="2"/>
<rect x="196" y="96" width="88" height="40" fill="#c8102e" rx="3"/>
<text x="240" y="123" font-size="17" font-family="sans-serif" font-weight="700" fill="#fff" text-anchor="middle">市民之家</text>
<rect x="190" y="250" width="100" height="8" fill="#9a9487"/><rect x="180" y="258" width="120" height="8" fill="#8d877b"/>
<circle cx="20" cy="240" r="18" fill="#4f8f4a"/><rect x="17" y="240" width="6" height="14" fill="#6b4f2e"/>
<circle cx="462" cy="238" r="20" fill="#4f8f4a"/><rect x="459" y="238" width="6" height="16" fill="#6b4f2e"/>
</svg>`;

export const demoHallPhoto = `data:image/svg+xml;base64,${Buffer.from(drawing, 'utf8').toString('base64')}`;
