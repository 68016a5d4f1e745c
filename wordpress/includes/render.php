<?php
/**
 * Front-end output: the element with its attributes escaped and, inside it, a
 * declarative-shadow-DOM snapshot in the site's language, assembled from the
 * pieces the build cut from the package's prerender() (PHP never runs Node).
 * The bundle renders each element fresh when it upgrades and replaces the snapshot.
 *
 * @package relief-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A block's attributes (camelCase) as the element's (kebab-case).
 *
 * @param string $tag        The element, such as `relief-guide`.
 * @param array  $attributes Block attributes.
 * @return string
 */
function relief_widgets_render_block( $tag, array $attributes ) {
	$values = array();
	foreach ( relief_widgets_meta()['elements'][ $tag ]['attributes'] as $attribute ) {
		$camel = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute['name'] ) ) ) );
		if ( ! array_key_exists( $camel, $attributes ) ) {
			continue;
		}
		$value = $attributes[ $camel ];
		if ( $attribute['boolean'] ) {
			$values[ $attribute['name'] ] = (bool) $value;
		} elseif ( is_scalar( $value ) && '' !== (string) $value ) {
			$values[ $attribute['name'] ] = (string) $value;
		}
	}
	$class = isset( $attributes['className'] ) && is_string( $attributes['className'] ) ? $attributes['className'] : '';
	return relief_widgets_render( $tag, $values, $class );
}

/**
 * A shortcode's attributes: snake_case (kebab-case accepted); booleans bare or
 * true/1/yes, false/0/no. Entities in the post's HTML are decoded first: the
 * value is text, escaped again on output.
 *
 * @param string       $tag  The element.
 * @param array|string $atts What shortcode_parse_atts() gave.
 * @return string
 */
function relief_widgets_render_shortcode( $tag, $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: `[relief_pain_selector required]`.
			$given[ str_replace( '_', '-', strtolower( trim( (string) $value ) ) ) ] = true;
		} else {
			$given[ str_replace( '_', '-', strtolower( $key ) ) ] = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
	$values = array();
	foreach ( relief_widgets_meta()['elements'][ $tag ]['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = $given[ $name ];
		if ( $attribute['boolean'] ) {
			$values[ $name ] = true === $value || ! in_array( strtolower( trim( $value ) ), array( 'false', '0', 'no' ), true );
		} elseif ( true !== $value && '' !== $value ) {
			$values[ $name ] = $value;
		}
	}
	return relief_widgets_render( $tag, $values, '' );
}

/**
 * The element, its attributes escaped, with the snapshot inside; enqueues the bundle (once per page).
 *
 * @param string $tag    The element.
 * @param array  $values Attribute values by kebab-case name: strings, booleans.
 * @param string $class  Extra class names (the block's Additional CSS class).
 * @return string
 */
function relief_widgets_render( $tag, array $values, $class ) {
	wp_enqueue_script( 'relief-widgets' );
	$html = '<' . $tag;
	if ( '' !== trim( $class ) ) {
		$html .= ' class="' . esc_attr( trim( $class ) ) . '"';
	}
	foreach ( $values as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$locale = relief_widgets_locale();
	$html  .= '>' . relief_widgets_snapshot( $tag, $values, $locale ) . '</' . $tag . '>';
	return $html . relief_widgets_structured_data( $tag, $values, $locale );
}

/**
 * The schema.org `MedicalWebPage` that the prerenderer writes beside a guide:
 * its heading, language, review date and the sources it cites, in order.
 *
 * @param string $tag    The element.
 * @param array  $values Attribute values by kebab-case name.
 * @param string $locale Our locale.
 * @return string A `<script type="application/ld+json">`, or '' for elements without one.
 */
function relief_widgets_structured_data( $tag, array $values, $locale ) {
	$pieces = relief_widgets_pieces( $tag, $locale );
	if ( empty( $pieces['ld'] ) ) {
		return '';
	}
	$ld      = $pieces['ld'];
	$element = relief_widgets_meta()['elements'][ $tag ];
	$key     = array();
	foreach ( $element['dimensions'] as $dimension ) {
		if ( false === $dimension['values'][0] ) {
			$key[] = $dimension['name'] . '=' . ( isset( $values[ $dimension['name'] ] ) && true === $values[ $dimension['name'] ] ? '1' : '0' );
		}
	}
	$key    = implode( ';', $key );
	$all    = $element['items']['*'];
	$wanted = array_values( array_intersect( relief_widgets_tokens( isset( $values['items'] ) ? $values['items'] : null ), $all ) );
	$urls   = array();
	foreach ( $wanted ? $wanted : $all as $id ) {
		foreach ( $ld['own'][ $key ][ $id ] as $url ) {
			$urls[ $url ] = true;
		}
	}
	foreach ( $ld['always'][ $key ] as $url ) {
		$urls[ $url ] = true;
	}
	$heading = isset( $values['heading'] ) && is_string( $values['heading'] ) ? $values['heading'] : '';
	$updated = isset( $values['last-updated'] ) && is_string( $values['last-updated'] ) ? trim( $values['last-updated'] ) : '';
	$data    = $ld['base'];
	$data['name']         = '' !== trim( $heading ) ? $heading : $ld['base']['name'];
	$data['inLanguage']   = $locale;
	$data['lastReviewed'] = relief_widgets_is_iso_date( $updated ) ? $updated : relief_widgets_meta()['pageDates']['last-updated'];
	$data['citation']     = array();
	foreach ( array_keys( $urls ) as $url ) {
		$data['citation'][] = $ld['citations'][ $url ];
	}
	// ASCII only, `<` escaped: no text can close the script element.
	$json = str_replace( '<', '\u003c', wp_json_encode( $data, JSON_UNESCAPED_SLASHES ) );
	return '<script type="application/ld+json" data-relief-structured-data>' . $json . '</script>';
}

/**
 * The snapshot pieces of one element in one locale (generated PHP arrays).
 *
 * @param string $tag    The element.
 * @param string $locale Our locale.
 * @return array|null
 */
function relief_widgets_pieces( $tag, $locale ) {
	static $loaded = array();
	$key = $locale . '/' . $tag;
	if ( ! array_key_exists( $key, $loaded ) ) {
		$file            = RELIEF_WIDGETS_DIR . 'snapshots/' . $locale . '/' . preg_replace( '/^relief-/', '', $tag ) . '.php';
		$loaded[ $key ] = is_readable( $file ) ? require $file : null;
	}
	return $loaded[ $key ];
}

/**
 * Space-separated tokens, distinct, in order.
 *
 * @param mixed $value The attribute value.
 * @return string[]
 */
function relief_widgets_tokens( $value ) {
	if ( ! is_string( $value ) ) {
		return array();
	}
	return array_values( array_unique( preg_split( '/\s+/', trim( $value ), -1, PREG_SPLIT_NO_EMPTY ) ) );
}

/**
 * A calendar date as the widgets format it in `$locale` ("12 Nov 2024", "١٢ نوفمبر ٢٠٢٤", "۲۲ آبان ۱۴۰۳"…).
 *
 * @param string $iso    `YYYY-MM-DD`.
 * @param string $locale Our locale.
 * @return string
 */
function relief_widgets_format_date( $iso, $locale ) {
	$table                = relief_widgets_meta()['dates'][ $locale ];
	list( $y, $m, $d )    = array_map( 'intval', explode( '-', $iso ) );
	if ( 'persian' === $table['calendar'] ) {
		list( $y, $m, $d ) = relief_widgets_gregorian_to_jalali( $y, $m, $d );
	}
	$out = '';
	foreach ( $table['pattern'] as $part ) {
		if ( 'day' === $part[0] ) {
			$out .= $table['days'][ $d - 1 ];
		} elseif ( 'month' === $part[0] ) {
			$out .= $table['months'][ $m - 1 ];
		} elseif ( 'year' === $part[0] ) {
			foreach ( str_split( (string) $y ) as $digit ) {
				$out .= $table['digits'][ (int) $digit ];
			}
		} else {
			$out .= $part[1];
		}
	}
	return $out;
}

/**
 * Gregorian → Solar Hijri, the arithmetic rule (the build checks it against Intl for 1990–2060).
 *
 * @param int $gy Year.
 * @param int $gm Month.
 * @param int $gd Day.
 * @return int[]
 */
function relief_widgets_gregorian_to_jalali( $gy, $gm, $gd ) {
	$before = array( 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 );
	$gy2    = $gm > 2 ? $gy + 1 : $gy;
	$days   = 355666 + 365 * $gy + intdiv( $gy2 + 3, 4 ) - intdiv( $gy2 + 99, 100 ) + intdiv( $gy2 + 399, 400 ) + $gd + $before[ $gm - 1 ];
	$jy     = -1595 + 33 * intdiv( $days, 12053 );
	$days  %= 12053;
	$jy    += 4 * intdiv( $days, 1461 );
	$days  %= 1461;
	if ( $days > 365 ) {
		$jy  += intdiv( $days - 1, 365 );
		$days = ( $days - 1 ) % 365;
	}
	return $days < 186
		? array( $jy, 1 + intdiv( $days, 31 ), 1 + ( $days % 31 ) )
		: array( $jy, 7 + intdiv( $days - 186, 30 ), 1 + ( ( $days - 186 ) % 30 ) );
}

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @param string $value The text.
 * @return bool
 */
function relief_widgets_is_iso_date( $value ) {
	return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
}

/**
 * The snapshot: `<template shadowrootmode="open">…</template>` showing what the
 * element will show (set, items and their order, heading text and level,
 * dates, the chosen value), falling back as the element does on bad input.
 *
 * @param string $tag    The element.
 * @param array  $values Attribute values by kebab-case name.
 * @param string $locale Our locale.
 * @return string
 */
function relief_widgets_snapshot( $tag, array $values, $locale ) {
	$meta    = relief_widgets_meta();
	$element = $meta['elements'][ $tag ];
	$pieces  = relief_widgets_pieces( $tag, $locale );
	if ( null === $pieces ) {
		return '';
	}
	$key   = array();
	$combo = array();
	foreach ( $element['dimensions'] as $dimension ) {
		$name = $dimension['name'];
		$raw  = isset( $values[ $name ] ) ? $values[ $name ] : null;
		if ( 'heading-level' === $name ) {
			$text  = is_string( $raw ) ? trim( $raw ) : '';
			$value = ( is_numeric( $text ) && in_array( (float) $text, array_map( 'floatval', $dimension['values'] ), true ) ) ? (int) $text : 2;
		} elseif ( false === $dimension['values'][0] ) {
			$value = true === $raw;
		} else {
			$text  = is_string( $raw ) ? trim( $raw ) : '';
			$value = in_array( $text, $dimension['values'], true ) ? $text : $dimension['values'][0];
		}
		$combo[ $name ] = $value;
		$key[]          = $name . '=' . ( true === $value ? '1' : ( false === $value ? '0' : $value ) );
	}
	$variant = $pieces['v'][ implode( ';', $key ) ];
	$strings = $pieces['s'];
	$join    = function ( array $ids ) use ( $strings ) {
		$out = '';
		foreach ( $ids as $id ) {
			$out .= $strings[ $id ];
		}
		return $out;
	};

	$all     = $element['items'][ isset( $combo['set'] ) ? $combo['set'] : '*' ];
	$wanted  = array_values( array_intersect( relief_widgets_tokens( isset( $values['items'] ) ? $values['items'] : null ), $all ) );
	$offered = $wanted ? $wanted : $all;
	$chosen  = array();
	if ( $element['hasValue'] ) {
		$given  = isset( $values['value'] ) && is_string( $values['value'] ) ? $values['value'] : '';
		$picked = $element['multiple'] ? relief_widgets_tokens( $given ) : array( trim( $given ) );
		$chosen = array_values( array_intersect( $offered, $picked ) );
	}
	$outer = $element['multiple'] ? $variant['outer'][ count( $chosen ) . '/' . count( $offered ) ] : $variant['outer']['*'];

	$replace = array();
	foreach ( $variant['runs'] as $index => $run ) {
		$fragments = array();
		foreach ( $offered as $id ) {
			$state       = ! $chosen ? '0' : ( in_array( $id, $chosen, true ) ? '1' : 'x' );
			$fragments[] = $join( $run['items'][ $id ][ $state ] );
		}
		$replace[ '{{rw:run:' . $index . '}}' ] = implode( $join( $run['sep'] ), $fragments );
	}
	$heading                  = isset( $values['heading'] ) && is_string( $values['heading'] ) ? $values['heading'] : '';
	$replace['{{rw:heading}}'] = '' !== trim( $heading ) ? esc_html( $heading ) : $variant['heading'];
	foreach ( $element['dates'] as $name ) {
		$given = isset( $values[ $name ] ) && is_string( $values[ $name ] ) ? trim( $values[ $name ] ) : '';
		$iso   = relief_widgets_is_iso_date( $given ) ? $given : $meta['pageDates'][ $name ];
		$replace[ '{{rw:' . $name . ':iso}}' ]  = $iso;
		$replace[ '{{rw:' . $name . ':text}}' ] = esc_html( relief_widgets_format_date( $iso, $locale ) );
	}
	// Runs first (their fragments may hold slots), then the rest in one pass: strtr() never rescans what it put in.
	$runs = array_filter( $replace, function ( $slot ) { return 0 === strpos( $slot, '{{rw:run:' ); }, ARRAY_FILTER_USE_KEY );
	return strtr( strtr( $join( $outer ), $runs ), array_diff_key( $replace, $runs ) );
}
