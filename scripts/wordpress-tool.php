<?php
/**
 * A tiny stand-in for wp-cli (which Debian does not package), used by
 * scripts/wordpress-test.mjs: `php wordpress-tool.php <config-name> <command> '<json>'`.
 * Prints one JSON line.
 */

$relief_config            = $argv[1];
$relief_command           = $argv[2];
$relief_args              = json_decode( isset( $argv[3] ) ? $argv[3] : '{}', true );
$_SERVER['HTTP_HOST']        = '127.0.0.1';
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = $relief_config;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';

if ( 'install' === $relief_command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
// No network here: after an install WordPress would ask wordpress.org for updates (and warn that it cannot).
foreach ( array( 'wp_version_check', 'wp_update_plugins', 'wp_update_themes' ) as $relief_check ) {
	remove_action( 'upgrader_process_complete', $relief_check, 10 );
}

/** Everything under a directory, relative paths. */
function relief_tool_files( $dir ) {
	$out = array();
	if ( ! is_dir( $dir ) ) {
		return $out;
	}
	$iterator = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
	foreach ( $iterator as $file ) {
		$out[] = substr( $file->getPathname(), strlen( $dir ) + 1 );
	}
	sort( $out );
	return $out;
}

$out = array();
switch ( $relief_command ) {
	case 'install':
		$result = wp_install( 'Clinic test site', 'admin', 'admin@example.org', false, '', $relief_args['password'] );
		switch_theme( 'twentytwentythree' );
		$out = array( 'user' => $result['user_id'], 'theme' => get_stylesheet() );
		break;
	case 'install-plugin':
		wp_set_current_user( 1 );
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $relief_args['zip'] );
		$out      = array(
			'installed' => true === $result,
			'error'     => is_wp_error( $result ) ? $result->get_error_message() : null,
			'messages'  => $upgrader->skin->get_upgrade_messages(),
			'plugin'    => $upgrader->plugin_info(),
		);
		break;
	case 'login':
		// The cookies a login gives the admin: the editor test needs a session, not the login form.
		$expiration = time() + DAY_IN_SECONDS;
		$token      = WP_Session_Tokens::get_instance( 1 )->create( $expiration );
		$auth       = wp_generate_auth_cookie( 1, $expiration, 'auth', $token );
		$out        = array(
			array( 'name' => AUTH_COOKIE, 'value' => $auth, 'path' => ADMIN_COOKIE_PATH ),
			array( 'name' => AUTH_COOKIE, 'value' => $auth, 'path' => PLUGINS_COOKIE_PATH ),
			array( 'name' => LOGGED_IN_COOKIE, 'value' => wp_generate_auth_cookie( 1, $expiration, 'logged_in', $token ), 'path' => COOKIEPATH ),
		);
		break;
	case 'activate':
		wp_set_current_user( 1 );
		$result = activate_plugin( 'relief-widgets/relief-widgets.php' );
		$out    = array( 'active' => is_plugin_active( 'relief-widgets/relief-widgets.php' ), 'error' => is_wp_error( $result ) ? $result->get_error_message() : null );
		break;
	case 'page':
		wp_set_current_user( 1 ); // An administrator writes the page (unfiltered_html, as on a clinic's own site).
		$id  = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => $relief_args['title'],
				'post_content' => wp_slash( $relief_args['content'] ),
			),
			true
		);
		$out = array( 'id' => $id, 'url' => get_permalink( $id ) );
		break;
	case 'language':
		// update_option() only accepts a locale whose WordPress language pack is installed (sanitize_option);
		// there is no network here, and the plugin must not need one: store the site language as a
		// language pack install would leave it. WordPress's own strings stay English.
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES ('WPLANG', %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)", $relief_args['locale'] ) );
		wp_cache_delete( 'alloptions', 'options' );
		wp_cache_delete( 'notoptions', 'options' );
		wp_cache_delete( 'WPLANG', 'options' );
		$out = array( 'WPLANG' => get_option( 'WPLANG' ) );
		break;

	case 'snapshot':
		// The plugin's own assembly, for comparison with prerender().
		$out = array(
			'html' => relief_widgets_snapshot( $relief_args['tag'], $relief_args['values'], $relief_args['locale'] ),
			'ld'   => relief_widgets_structured_data( $relief_args['tag'], $relief_args['values'], $relief_args['locale'] ),
		);
		break;
	case 'locale-for':
		$out = array_combine( $relief_args['locales'], array_map( 'relief_widgets_locale_for', $relief_args['locales'] ) );
		break;
	case 'blocks':
		$registry = WP_Block_Type_Registry::get_instance();
		foreach ( $registry->get_all_registered() as $name => $type ) {
			if ( 0 === strpos( $name, 'relief-widgets/' ) ) {
				$out[ $name ] = array( 'title' => $type->title, 'attributes' => array_keys( $type->attributes ) );
			}
		}
		$out = array( 'blocks' => $out, 'shortcodes' => array_values( array_filter( array_keys( $GLOBALS['shortcode_tags'] ), function ( $tag ) { return 0 === strpos( $tag, 'relief_' ); } ) ) );
		break;
	case 'state':
		global $wpdb;
		$out = array(
			'options'        => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%relief%'" ),
			'option_values'  => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_value LIKE '%relief%'" ),
			'postmeta'       => $wpdb->get_col( "SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE '%relief%' OR meta_value LIKE '%relief%'" ),
			'usermeta'       => $wpdb->get_col( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE '%relief%' OR meta_value LIKE '%relief%'" ),
			'tables'         => $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', '%relief%' ) ),
			'files'          => array_values( array_filter( relief_tool_files( WP_CONTENT_DIR ), function ( $path ) { return false !== stripos( $path, 'relief' ); } ) ),
			'active_plugins' => get_option( 'active_plugins' ),
		);
		break;
	case 'uninstall':
		wp_set_current_user( 1 );
		deactivate_plugins( 'relief-widgets/relief-widgets.php' );
		$result = delete_plugins( array( 'relief-widgets/relief-widgets.php' ) );
		$out    = array( 'deleted' => true === $result, 'error' => is_wp_error( $result ) ? $result->get_error_message() : null );
		break;
	default:
		$out = array( 'error' => 'unknown command ' . $relief_command );
}
echo wp_json_encode( $out ), "\n";
