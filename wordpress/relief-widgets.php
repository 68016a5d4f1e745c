<?php
/**
 * Plugin Name:       Relief Widgets
 * Description:       Patient education about massage for chronic pain, in 17 languages: a guide, benefit and tip lists, a pain selector and a therapist checklist, as blocks and shortcodes. The content is in the page's HTML in the site's language; no account, no CDN, nothing stored, nothing sent.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            relief-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       relief-widgets
 * Domain Path:       /languages
 *
 * @package relief-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'RELIEF_WIDGETS_VERSION', '{{VERSION}}' );
define( 'RELIEF_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'RELIEF_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once RELIEF_WIDGETS_DIR . 'includes/render.php';

/**
 * Generated metadata: elements, their attributes, variants and item ids; the
 * blocks; the date tables; the locale rule (scripts/build-wordpress.mjs).
 *
 * @return array
 */
function relief_widgets_meta() {
	static $meta = null;
	if ( null === $meta ) {
		$meta = require RELIEF_WIDGETS_DIR . 'snapshots/meta.php';
	}
	return $meta;
}

/**
 * Our locale for a WordPress locale (es_ES → es, pt_BR → pt-BR, zh_TW →
 * zh-Hant, he_IL → he, …); English when we lack the language. The same rule
 * as the bundle's reading of `<html lang>` (checked at build time).
 *
 * @param string $wp_locale A WordPress locale such as `es_ES`.
 * @return string
 */
function relief_widgets_locale_for( $wp_locale ) {
	$meta    = relief_widgets_meta();
	$subtags = explode( '-', str_replace( '_', '-', (string) $wp_locale ) );
	if ( ! preg_match( '/^[a-z]{2,3}$/i', $subtags[0] ) ) {
		return 'en';
	}
	foreach ( array_slice( $subtags, 1 ) as $subtag ) {
		if ( ! preg_match( '/^([a-z]{4}|[a-z]{2}|\d{3}|[a-z\d]{5,8}|\d[a-z\d]{3})$/i', $subtag ) ) {
			return 'en';
		}
	}
	$language = strtolower( $subtags[0] );
	if ( isset( $meta['aliases'][ $language ] ) ) {
		$language = $meta['aliases'][ $language ];
	}
	if ( 'zh' === $language ) {
		$rest = array_map( 'strtolower', array_slice( $subtags, 1 ) );
		if ( in_array( 'hant', $rest, true ) ) {
			return 'zh-Hant';
		}
		if ( in_array( 'hans', $rest, true ) ) {
			return 'zh-Hans';
		}
		return array_intersect( $rest, array( 'tw', 'hk', 'mo' ) ) ? 'zh-Hant' : 'zh-Hans';
	}
	return isset( $meta['languages'][ $language ] ) ? $meta['languages'][ $language ] : 'en';
}

/**
 * The locale the widgets show on this request: the one WordPress writes in `<html lang>`.
 *
 * @return string
 */
function relief_widgets_locale() {
	return relief_widgets_locale_for( determine_locale() );
}

/**
 * Translations of the editor UI and block metadata: our own files, for any
 * WordPress locale of a language we have (es_MX gets Spanish too).
 */
function relief_widgets_load_textdomain() {
	$locale = relief_widgets_locale();
	$file   = RELIEF_WIDGETS_DIR . 'languages/relief-widgets-' . $locale . '.mo';
	if ( 'en' !== $locale && is_readable( $file ) ) {
		load_textdomain( 'relief-widgets', $file );
	}
}

/**
 * Points wp_set_script_translations() at our file for the site's language.
 *
 * @param string|false $file   The file WordPress would load.
 * @param string       $handle The script handle.
 * @param string       $domain The text domain.
 * @return string|false
 */
function relief_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'relief-widgets' !== $domain || 'relief-widgets-editor' !== $handle ) {
		return $file;
	}
	$ours = RELIEF_WIDGETS_DIR . 'languages/relief-widgets-' . relief_widgets_locale() . '.json';
	return is_readable( $ours ) ? $ours : $file;
}
add_filter( 'load_script_translation_file', 'relief_widgets_script_translation_file', 10, 3 );

/**
 * Registers the scripts, the five blocks and the five shortcodes.
 */
function relief_widgets_init() {
	relief_widgets_load_textdomain();

	// The ES bundle, a module (type added by relief_widgets_module_type); its locale chunks sit beside it in assets/locales/.
	wp_register_script( 'relief-widgets', RELIEF_WIDGETS_URL . 'assets/relief-widgets.js', array(), RELIEF_WIDGETS_VERSION, true );

	wp_register_script( 'relief-widgets-editor-data', RELIEF_WIDGETS_URL . 'editor-data.js', array(), RELIEF_WIDGETS_VERSION, true );
	wp_register_script(
		'relief-widgets-editor',
		RELIEF_WIDGETS_URL . 'editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'relief-widgets-editor-data', 'relief-widgets' ),
		RELIEF_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'relief-widgets-editor', 'relief-widgets', RELIEF_WIDGETS_DIR . 'languages' );

	foreach ( relief_widgets_meta()['blocks'] as $block ) {
		$tag = $block['tag'];
		register_block_type(
			RELIEF_WIDGETS_DIR . 'blocks/' . $block['slug'],
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return relief_widgets_render_block( $tag, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
		add_shortcode(
			'relief_' . str_replace( '-', '_', $block['slug'] ),
			function ( $atts ) use ( $tag ) {
				return relief_widgets_render_shortcode( $tag, $atts );
			}
		);
	}
}
add_action( 'init', 'relief_widgets_init' );

/**
 * In the editor, the bundle also goes where the blocks are drawn: WordPress
 * 6.3+ may draw them in an iframe, which gets only block assets.
 */
function relief_widgets_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'relief-widgets' );
	}
}
add_action( 'enqueue_block_assets', 'relief_widgets_editor_canvas_assets' );

/**
 * Prints the bundle as `<script type="module">` (WordPress 6.1 has no script-module API).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function relief_widgets_module_type( $tag, $handle ) {
	if ( 'relief-widgets' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag ), 1 );
}
add_filter( 'script_loader_tag', 'relief_widgets_module_type', 10, 2 );
