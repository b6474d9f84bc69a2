#pragma once

#include <string_view>

namespace mssops::http {

/// An HTTP request method, parsed once from the request line. Routes name theirs with it.
enum class Method { get, head, post, put, patch, delete_, options, trace, connect, other };

/// The method named by a request line's token ("GET" gives Method::get); Method::other for a token
/// this server knows nothing of. Methods are case-sensitive (RFC 9110 9.1): "get" is other.
Method method_from_text(std::string_view text);

/// The method's token as sent on the wire: "GET", "DELETE"; "OTHER" for Method::other.
std::string_view to_text(Method method);

/// The method in lower case, as an OpenAPI path item names its operations: "get", "delete".
std::string_view openapi_name(Method method);

}  // namespace mssops::http
