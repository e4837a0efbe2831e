import { useId } from 'react';
import { t } from '../i18n/index.ts';

/**
 * recipro's welcome picture: two people, care going each way between them (a heart, a cup of
 * tea), above a wave for the rhythm over time. Drawn with the theme's colours (welcome.css), so
 * it reads in light and dark; its text alternative is the picture's title.
 */
export function WelcomePicture() {
  const titleId = useId();
  return (
    <svg
      className="welcome-picture"
      viewBox="0 0 320 210"
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      <title id={titleId}>{t('welcome.picture')}</title>
      <circle className="wp-glow" cx="160" cy="104" r="98" />
      {/* Care going from the left to the right, over their heads… */}
      <path className="wp-flow" d="M112 62 Q160 14 208 62" />
      <path className="wp-arrow" d="M198 50 L209 63 L193 64" />
      <path
        className="wp-heart"
        d="M160 46 C152 40 144 34 144 27 C144 21 149 17 154 17 C157 17 159 19 160 21 C161 19 163 17 166 17 C171 17 176 21 176 27 C176 34 168 40 160 46 Z"
      />
      {/* …and back from the right to the left, between them. */}
      <path className="wp-flow" d="M204 140 Q160 170 116 140" />
      <path className="wp-arrow" d="M126 138 L115 140 L122 151" />
      <g className="wp-cup">
        <path d="M149 140 H169 V150 C169 157 164 161 159 161 C154 161 149 157 149 150 Z" />
        <path className="wp-cup-handle" d="M169 143 C176 143 176 153 169 153" />
        <path
          className="wp-steam"
          d="M155 134 C152 130 158 127 155 123 M163 134 C160 130 166 127 163 123"
        />
      </g>
      {/* The two people. */}
      <circle className="wp-a" cx="86" cy="92" r="21" />
      <path className="wp-a" d="M50 182 C50 142 68 124 86 124 C104 124 122 142 122 182 Z" />
      <circle className="wp-b" cx="234" cy="92" r="21" />
      <path className="wp-b" d="M198 182 C198 142 216 124 234 124 C252 124 270 142 270 182 Z" />
      {/* The rhythm over time. */}
      <path
        className="wp-wave"
        d="M28 194 C58 184 88 204 118 194 S178 184 208 194 S262 204 292 194"
      />
    </svg>
  );
}
