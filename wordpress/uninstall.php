<?php
/**
 * Uninstall: Relief Widgets stores nothing (no option, post meta, table,
 * transient or file outside its own folder, which WordPress deletes), so there
 * is nothing to remove. Kept so that a future version that caches anything
 * removes it here; for safety it clears anything under its own prefix.
 *
 * @package relief-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
// Options and transients under the plugin's prefix, should any ever exist.
$relief_widgets_like = $wpdb->esc_like( 'relief_widgets_' ) . '%';
$relief_widgets_transients = $wpdb->esc_like( '_transient_relief_widgets_' ) . '%';
$relief_widgets_timeouts = $wpdb->esc_like( '_transient_timeout_relief_widgets_' ) . '%';
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s", $relief_widgets_like, $relief_widgets_transients, $relief_widgets_timeouts ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
